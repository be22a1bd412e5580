import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningShell {
  readonly appUrl: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('../../dist/electron/web-shell.cjs', import.meta.url));

/** Starts the built web shell as a real process (as a user would) and waits for its URL line. */
export function startShellProcess(
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-e2e-')),
): Promise<RunningShell> {
  const child = spawn(process.execPath, [ENTRY, '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web shell did not start:\n${out}`)), 15_000);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /SFD_URL=(\S+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        appUrl: match[1],
        dataDir,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}:\n${out}`)));
  });
}

/** The base URL and the per-launch token of an app URL printed by the web shell. */
export function splitAppUrl(appUrl: string): { base: string; token: string } {
  const [base = '', fragment = ''] = appUrl.split('#');
  return { base, token: new URLSearchParams(fragment).get('token') ?? '' };
}

/** Calls the contract from the test's side (Node fetch), for seeding and for reading what was stored. */
export async function callApi<T>(appUrl: string, method: string, input: unknown): Promise<T> {
  const { base, token } = splitAppUrl(appUrl);
  const res = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-sfd-token': token },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}
