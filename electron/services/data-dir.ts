import os from 'node:os';
import path from 'node:path';

/**
 * Where data lives when the caller does not say: the same folder Electron's
 * app.getPath('userData') gives for our product name, so the desktop app, the web shell and
 * the CLI share one database on a machine.
 */
export function defaultDataDir(
  appName: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (env.SFD_DATA_DIR) return path.resolve(env.SFD_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}
