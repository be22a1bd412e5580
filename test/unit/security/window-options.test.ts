/** The BrowserWindow options main.ts uses (window-options.ts): every §7 item that lives in webPreferences. */
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/window-options';

const options = mainWindowOptions('/app/dist/electron/preload.cjs', '智造自诊');
const prefs = options.webPreferences ?? {};

describe('main window options (docs/architecture.md §7)', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('loads only our preload, and sets nothing that would widen the renderer', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    // any new webPreferences key must be reviewed against the checklist before it is added here
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'plugins', 'javascript'])
      expect(prefs).not.toHaveProperty(risky);
  });

  it('stays hidden until the first paint and shows the product name', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('智造自诊');
  });
});
