import { migration0001 } from './0001-initial';
import type { Migration } from './types';

/** Every released schema step, in order. Append only; never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export type { Migration } from './types';
