import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Host } from '../../../electron/services/host';

/** A Host over a fresh temporary data folder. */
export function makeTestHost(overrides: Partial<Host> = {}): Host {
  return {
    runtime: 'test',
    appName: '智造自诊',
    appVersion: '0.0.0-test',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'sfd-test-')),
    ...overrides,
  };
}
