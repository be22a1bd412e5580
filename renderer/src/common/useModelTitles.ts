import { useApi } from '../api/ApiProvider';
import { listModels } from '../api/models';
import { useCall } from '../api/useCall';
import { useLabel } from './label';

/** "智能工厂梯度培育自评（2025 年版要素条件） 2025.1" for a model id and version, the raw ids until loaded. */
export function useModelTitle(): (modelId: string, version: string) => string {
  const api = useApi();
  const label = useLabel();
  const { data } = useCall(() => listModels(api), [api]);
  return (modelId, version) => {
    const m = data?.find((x) => x.id === modelId && x.version === version);
    return m ? `${label(m.title)} ${version}` : `${modelId} ${version}`;
  };
}
