// Where the Electron binary is, read the way electron/index.js reads it but without its side
// effect: requiring 'electron' starts a network download when the binary is missing, which fails
// offline with advice that does not apply here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable's path, or undefined when `npm ci` left the binary out (the usual case offline). */
export function electronBinary(root = process.cwd()) {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const file = path.join(override, relative || 'electron');
    return existsSync(file) ? file : undefined;
  }
  if (!relative) return undefined;
  const file = path.join(pkg, 'dist', relative);
  return existsSync(file) ? file : undefined;
}
