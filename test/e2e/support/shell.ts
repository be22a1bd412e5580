import { test } from '@playwright/test';
import { startShellProcess, type RunningShell } from '../web-shell-process';

/**
 * One web shell for the spec file: started before its first test, stopped after its last. The
 * object answers for the shell once it runs, so a spec writes `shell.appUrl` as it always did;
 * hooks a spec registers after this call run after the start.
 */
export function useShell(): RunningShell {
  let running: RunningShell | undefined;
  test.beforeAll(async () => {
    running = await startShellProcess();
  });
  test.afterAll(async () => running?.stop());
  const started = (): RunningShell => {
    if (!running) throw new Error('the web shell is not running (used outside a test?)');
    return running;
  };
  return {
    get appUrl() {
      return started().appUrl;
    },
    get dataDir() {
      return started().dataDir;
    },
    get process() {
      return started().process;
    },
    stop: () => started().stop(),
  };
}
