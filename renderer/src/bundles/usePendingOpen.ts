import { useEffect } from 'react';
import { useApi } from '../api/ApiProvider';
import { asApiError } from '../api/useCall';
import { pendingOpenChecker } from './bundle-file';
import { useImportDialog } from './import-dialog';

const LAUNCH_FILE_ERRORS = new Set<string>(['import_rejected', 'not_found']);

/**
 * Opens the import dialog for a bundle the user double-clicked: asked at start-up and whenever
 * the window regains focus (a double-click while the app runs focuses its window).
 */
export function usePendingOpen(): void {
  const api = useApi();
  useEffect(() => {
    const { show } = useImportDialog.getState();
    const check = pendingOpenChecker(
      () => api['app.pendingOpen']({}),
      (launch) => show({ launch }),
      (error) => {
        const launchError = asApiError(error);
        // only a double-clicked file that cannot be read concerns the consultant; a failed ask
        // (service restarting, older shell) is retried on the next focus
        if (LAUNCH_FILE_ERRORS.has(launchError.code)) show({ launchError });
      },
    );
    const onFocus = () => void check();
    void check();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [api]);
}
