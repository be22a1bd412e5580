import type { Db } from './connection';

/** What every repository shares: the connection, the clock and who is acting. */
export interface RepoDeps {
  readonly db: Db;
  /** ISO timestamp of "now" (injectable for tests) */
  readonly stamp: () => string;
  /** who is recorded in the audit trail: the consultant name from settings, else the OS user */
  readonly actor: () => string;
}
