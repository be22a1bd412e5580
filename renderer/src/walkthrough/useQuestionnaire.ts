import type { Questionnaire } from '@engine/model/questionnaire';
import type { RespondentRole } from '@engine/model/roles';
import type { ModelPack } from '@engine/model/schema';
import type { AppApi } from '@contract/contract';
import { useApi } from '../api/ApiProvider';
import { loadModel, questionnaireFrom } from '../api/models';
import { useCall, type CallState } from '../api/useCall';
import { buildOutline, type Outline } from './outline';

export interface LoadedQuestionnaire {
  readonly questionnaire: Questionnaire;
  readonly outline: Outline;
  readonly primary: ModelPack;
  /** item id → who answers it in an interview */
  readonly roles: Readonly<Record<string, RespondentRole>>;
}

/** Packs do not change while the app runs: each questionnaire is fetched and compiled once. */
const cache = new Map<string, Promise<LoadedQuestionnaire>>();

async function load(api: AppApi, modelId: string, version: string): Promise<LoadedQuestionnaire> {
  const model = await loadModel(api, modelId, version);
  const { pack: primary, roles } = model;
  const questionnaire = questionnaireFrom(model);
  return { questionnaire, outline: buildOutline(questionnaire), primary, roles };
}

export function loadQuestionnaire(
  api: AppApi,
  modelId: string,
  version: string,
): Promise<LoadedQuestionnaire> {
  const key = `${modelId}@${version}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = load(api, modelId, version);
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

export function useQuestionnaire(
  modelId: string | undefined,
  version: string | undefined,
): CallState<LoadedQuestionnaire> {
  const api = useApi();
  return useCall(
    () =>
      modelId && version ? loadQuestionnaire(api, modelId, version) : new Promise<never>(() => undefined),
    [api, modelId, version],
  );
}
