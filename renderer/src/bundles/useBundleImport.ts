import { useState } from 'react';
import type { ApiError } from '@contract/client';
import { useApi } from '../api/ApiProvider';
import { asApiError } from '../api/useCall';
import { fileToBase64 } from '../common/files';
import { base64Size, checkBundleFile, type LaunchBundle, type Message } from './bundle-file';
import { useImportDialog, type ImportRequest } from './import-dialog';
import type { Imported } from './ImportOutcomeView';

/** The file about to be imported; its bytes are read only when the consultant confirms. */
interface Source {
  readonly fileName: string;
  readonly size: number;
  read(): Promise<string>;
}

const fromLaunch = (bundle: LaunchBundle): Source => ({
  fileName: bundle.fileName,
  size: base64Size(bundle.base64),
  read: () => Promise.resolve(bundle.base64),
});

const fromFile = (file: File): Source => ({
  fileName: file.name,
  size: file.size,
  read: () => fileToBase64(file),
});

/** The import dialog's state: pick (or confirm a launch bundle) → import → outcome or error. */
export function useBundleImport(request: ImportRequest) {
  const api = useApi();
  const imported = useImportDialog((s) => s.imported);
  const [source, setSource] = useState<Source | undefined>(request.launch && fromLaunch(request.launch));
  const [problem, setProblem] = useState<Message>();
  const [error, setError] = useState<ApiError | undefined>(request.launchError);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Imported>();

  const pick = (file: File) => {
    const found = checkBundleFile(file.name, file.size);
    setProblem(found);
    setError(undefined);
    setSource(found ? undefined : fromFile(file));
  };

  const run = async () => {
    if (!source) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await api['bundle.import']({ fileName: source.fileName, base64: await source.read() });
      // the name is for the message only: a failed read-back must not hide a successful import
      const enterprise = await api['enterprise.get']({ id: result.enterpriseId }).catch(() => undefined);
      setDone({ ...result, fileName: source.fileName, enterpriseName: enterprise?.profile.name });
      imported();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setSource(undefined);
    setProblem(undefined);
    setError(undefined);
    setDone(undefined);
  };

  return { source, problem, error, busy, done, pick, run, reset };
}
