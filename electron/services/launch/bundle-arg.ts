import path from 'node:path';
import { BUNDLE_EXTENSION } from '../bundle/format';

/**
 * The assessment bundle a launch asks to open: Windows and Linux pass a double-clicked file as a
 * command-line argument (first launch: process.argv; app already running: the second instance's
 * argv, which Electron hands to the first). Chromium may add its own --switches, and in
 * development argv also holds electron's own entry ('.'), so only a non-switch argument ending in
 * .sfdx counts; the last one wins, as Explorer passes one file per launch.
 */
export function bundleArgument(argv: readonly string[], workingDirectory: string): string | undefined {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BUNDLE_EXTENSION));
  const last = candidates.at(-1);
  return last === undefined ? undefined : path.resolve(workingDirectory, last);
}
