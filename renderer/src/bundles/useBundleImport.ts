import { useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { runAction } from '../api/action';
import { ApiError } from '@contract/client';
import { StagedFileSchema, type StagedFile } from '@contract/records';
import { isDesktop, uploadBundle } from '../api/transport';
import { checkBundleFile, type Message } from './bundle-file';
import { useImportDialog, type ImportRequest } from './import-dialog';
import type { Imported } from './ImportOutcomeView';

/** The file about to be imported; it is sent (web) or named (desktop) only when the consultant confirms. */
interface Source {
  readonly fileName: string;
  readonly size: number;
  staged(): Promise<StagedFile>;
}

/** A file the desktop app holds already (chosen in its dialog, or double-clicked). */
const fromStaged = (file: StagedFile): Source => ({ ...file, staged: () => Promise.resolve(file) });

/** A file picked in the browser: streamed to the web shell, which holds it as a temporary file. */
const fromUpload = (file: File): Source => ({
  fileName: file.name,
  size: file.size,
  staged: async () => {
    const envelope = await uploadBundle(file);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return StagedFileSchema.parse(envelope.value);
  },
});

/** The import dialog's state: pick (or confirm a launch bundle) → import → outcome or error. */
export function useBundleImport(request: ImportRequest) {
  const api = useApi();
  const imported = useImportDialog((s) => s.imported);
  const [source, setSource] = useState<Source | undefined>(request.launch && fromStaged(request.launch));
  const [problem, setProblem] = useState<Message>();
  const [error, setError] = useState<ApiError | undefined>(request.launchError);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Imported>();

  const pick = (file: File) => {
    const found = checkBundleFile(file.name, file.size);
    setProblem(found);
    setError(undefined);
    setSource(found ? undefined : fromUpload(file));
  };

  /** Desktop: the main process shows its open dialog and holds the chosen file. */
  const choose = async () => {
    setProblem(undefined);
    const file = await runAction(() => api['bundle.choose']({}), { setError });
    if (file) setSource(fromStaged(file));
  };

  const run = async () => {
    if (!source) return;
    await runAction(
      async () => {
        const { fileId } = await source.staged();
        const result = await api['bundle.import']({ fileName: source.fileName, fileId });
        // the name is for the message only: a failed read-back must not hide a successful import
        const enterprise = await api['enterprise.get']({ id: result.enterpriseId }).catch(() => undefined);
        setDone({ ...result, fileName: source.fileName, enterpriseName: enterprise?.profile.name });
        imported();
      },
      { setBusy, setError },
    );
  };

  const reset = () => {
    setSource(undefined);
    setProblem(undefined);
    setError(undefined);
    setDone(undefined);
  };

  return { source, problem, error, busy, done, pick, choose, desktop: isDesktop(), run, reset };
}
