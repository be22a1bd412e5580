import { fileURLToPath } from 'node:url';
import type { AnswerMap } from '../../../assessments/engine/answer';
import { diagnose, type DiagnoseInput } from '../../../assessments/engine/diagnosis/diagnose';
import type { DiagnosisResult, ModelResult } from '../../../assessments/engine/diagnosis/schema';
import { buildQuestionnaire, type Questionnaire } from '../../../assessments/engine/model/questionnaire';
import {
  ModelPackSchema,
  type ModelPack,
  type ModelPackInput,
} from '../../../assessments/engine/model/schema';
import { checkPacks } from '../../../assessments/engine/model/validate';
import { createModelRegistry, type ModelRegistry } from '../../../electron/services/catalog/models';

export const MODELS_DIR = fileURLToPath(new URL('../../../assessments/models', import.meta.url));

let registry: ModelRegistry | undefined;
/** The shipped packs, loaded once per test file. */
export function shipped(): ModelRegistry {
  registry ??= createModelRegistry(MODELS_DIR);
  return registry;
}

export const cite = { source: '测试来源', ref: '第 1 条' };

/** Parses a test pack, failing loudly if the schema or the cross-checks reject it. */
export function pack(
  input: Omit<ModelPackInput, 'format' | 'citation' | 'confidence' | 'description' | 'edition' | 'title'> &
    Partial<Pick<ModelPackInput, 'citation' | 'confidence'>>,
): ModelPack {
  const parsed = ModelPackSchema.parse({
    format: 'sfd-model/1',
    title: { zh: input.id, en: input.id },
    description: '测试模型',
    edition: 'test',
    citation: cite,
    confidence: 'confirmed',
    ...input,
  });
  return parsed;
}

/** A questionnaire of `primary` plus the other packs it evaluates or refers to; cross-checked. */
export function questionnaire(primary: ModelPack, ...others: ModelPack[]): Questionnaire {
  const all = [primary, ...others];
  const issues = checkPacks(all);
  if (issues.length > 0) throw new Error(`test pack invalid: ${JSON.stringify(issues)}`);
  return buildQuestionnaire(primary, (id, version) =>
    all.find((p) => p.id === id && (!version || p.version === version)),
  );
}

export function run(
  q: Questionnaire,
  answers: AnswerMap,
  extra: Partial<DiagnoseInput> = {},
): DiagnosisResult {
  return diagnose({ questionnaire: q, answers, ...extra });
}

export function model(result: DiagnosisResult, id: string): ModelResult {
  const m = result.models.find((x) => x.modelId === id);
  if (!m) throw new Error(`no model ${id} in result`);
  return m;
}

export const L = (zh: string) => ({ zh, en: zh });

export function node(id: string, parent: string | null = null, extra: Record<string, unknown> = {}) {
  return {
    id,
    parent,
    kind: 'group',
    label: L(id),
    citation: cite,
    confidence: 'confirmed' as const,
    ...extra,
  };
}
