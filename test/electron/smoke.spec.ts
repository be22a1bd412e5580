import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts the real desktop app. The Electron binary cannot be downloaded on CI machines here,
 * so the test skips with its reason when the binary is absent (never triggering a download).
 */
function electronBinary(): string | undefined {
  const pkg = fileURLToPath(new URL('../../node_modules/electron', import.meta.url));
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test('desktop app opens one window with the Chinese navigation', async () => {
  test.skip(
    !binary,
    'Electron binary absent (node_modules/electron/dist not downloaded): desktop smoke test skipped',
  );
  const app = await electron.launch({
    executablePath: binary,
    args: [fileURLToPath(new URL('../..', import.meta.url)), '--no-sandbox'],
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: '主导航' })).toBeVisible();
  expect(app.windows()).toHaveLength(1);
  // isolation as the renderer sees it: no Node, only the typed bridge
  const exposed = await window.evaluate(() => ({
    node: typeof (globalThis as { require?: unknown }).require,
    bridge: Object.keys((globalThis as { sfd?: object }).sfd ?? {}),
  }));
  expect(exposed.node).toBe('undefined');
  expect(exposed.bridge).toContain('app.info');
  await app.close();
});
