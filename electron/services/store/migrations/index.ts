import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-unknown-profile-facts';
import { migration0003 } from './0003-enterprise-history';
import { migration0004 } from './0004-assessment-digests';
import { migration0005 } from './0005-answer-respondent-sighted';
import { migration0006 } from './0006-assessment-model-upgrades';
import type { Migration } from './types';

/** Every released schema step, in order. Append only; never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

export type { Migration } from './types';
