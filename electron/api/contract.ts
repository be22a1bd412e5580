/**
 * THE contract: every method the renderer may call, with its input and output schema.
 * Methods are declared per domain in ./methods/<domain>.ts (the part of the method name before the
 * dot) and gathered here, so one table drives
 * ipc.ts, the web shell, the preload bridge and the renderer's typed client.
 * This module is pure (zod + assessments/engine only): the renderer imports it too.
 */
import type { z } from 'zod';
import { appMethods } from './methods/app';
import { assessmentMethods } from './methods/assessment';
import { backupMethods } from './methods/backup';
import { bundleMethods } from './methods/bundle';
import { diagnosisMethods } from './methods/diagnosis';
import { enterpriseMethods } from './methods/enterprise';
import { evidenceMethods } from './methods/evidence';
import { launchMethods } from './methods/launch';
import { modelMethods } from './methods/model';
import { policyMethods } from './methods/policy';
import { portfolioMethods } from './methods/portfolio';
import { reportMethods } from './methods/report';
import { scenarioMethods } from './methods/scenario';
import { settingsMethods } from './methods/settings';
import { storeMethods } from './methods/store';

export const contract = {
  ...appMethods,
  ...assessmentMethods,
  ...backupMethods,
  ...bundleMethods,
  ...diagnosisMethods,
  ...enterpriseMethods,
  ...evidenceMethods,
  ...launchMethods,
  ...modelMethods,
  ...policyMethods,
  ...portfolioMethods,
  ...reportMethods,
  ...scenarioMethods,
  ...settingsMethods,
  ...storeMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract & string;
/** What a caller passes (before defaults are applied). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The API as the renderer sees it, whatever the transport. */
export type AppApi = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };
