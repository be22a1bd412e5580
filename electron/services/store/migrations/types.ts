import type { Db } from '../connection';

/** One forward-only schema step; `version` becomes the database's user_version once applied. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
