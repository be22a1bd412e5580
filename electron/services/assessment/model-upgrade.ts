import { randomUUID } from 'node:crypto';
import { upgradeAnswers, UpgradeError } from '@engine/model/upgrade';
import type { ModelPack } from '@engine/model/schema';
import type { AnswerValue } from '@engine/answer';
import type { AnswerEvent, AnswerRecord, AnswerState, ModelUpgradeNote } from '@contract/records';
import { AppError } from '@contract/errors';
import type { AssessmentDocument } from '../store/document';
import { compareVersions } from '@engine/model/version';
import type { ModelRegistry } from '../catalog/models';

/**
 * Brings an assessment answered under an older questionnaire version to the newest one, by the
 * mapping the newest pack declares. The original answers stay recoverable twice over: each changed
 * or dropped answer gets an audit event (old state → new) in the trail that only grows, and the
 * assessment keeps a note of the upgrade with those answers exactly as they were — the note is what
 * the result and the report show, in the questions' own words.
 */
export interface UpgradeStamp {
  readonly at: string;
  /** who the audit events name */
  readonly by: string;
}

const stateOf = (a: AnswerRecord): AnswerState => ({
  value: a.value,
  note: a.note,
  flagged: a.flagged,
  respondent: a.respondent,
  sighted: a.sighted,
});

/** The document at `pack`'s version: one new revision holding every change; throws UpgradeError. */
export function upgradeDocument(
  doc: AssessmentDocument,
  pack: ModelPack,
  stamp: UpgradeStamp,
): AssessmentDocument {
  const values: Record<string, AnswerValue> = {};
  for (const a of doc.answers) if (a.value) values[a.itemId] = a.value;
  const result = upgradeAnswers(pack, doc.modelVersion, values);
  const revision = doc.revision + 1;
  const byId = new Map(doc.answers.map((a) => [a.itemId, a]));
  const touched = new Set(result.changes.flatMap((c) => [c.itemId, ...(c.to ? [c.to] : [])]));
  const answers = doc.answers.filter((a) => !touched.has(a.itemId));
  const events: AnswerEvent[] = [];
  const event = (itemId: string, old: AnswerState | null, next: AnswerState): AnswerEvent => ({
    id: randomUUID(),
    itemId,
    old,
    new: next,
    at: stamp.at,
    by: stamp.by,
    revision,
  });
  for (const c of result.changes) {
    const old = byId.get(c.itemId)!;
    const value = c.to ? result.answers[c.to] : undefined;
    if (c.to !== c.itemId) events.push(event(c.itemId, stateOf(old), { ...stateOf(old), value: null }));
    if (!c.to || !value) continue;
    const target = byId.get(c.to);
    const next = { ...stateOf(old), value };
    events.push(event(c.to, target ? stateOf(target) : c.to === c.itemId ? stateOf(old) : null, next));
    answers.push({ ...next, itemId: c.to, updatedAt: stamp.at, revision });
  }
  const note: ModelUpgradeNote = {
    fromVersion: result.fromVersion,
    toVersion: result.toVersion,
    at: stamp.at,
    changes: result.changes.map((c) => ({ ...c })),
    original: result.changes.map((c) => {
      const a = byId.get(c.itemId)!;
      return { itemId: a.itemId, value: a.value, note: a.note, updatedAt: a.updatedAt };
    }),
  };
  return {
    ...doc,
    modelVersion: pack.version,
    revision,
    updatedAt: stamp.at,
    answers,
    events: [...doc.events, ...events],
    modelUpgrades: [...doc.modelUpgrades, note],
  };
}

/** The error a person reads when an assessment's questionnaire version cannot be brought forward. */
export function noUpgradePath(modelId: string, version: string, cause?: UpgradeError): AppError {
  return new AppError(
    'unsupported_version',
    cause?.message ??
      `评估使用的问卷「${modelId}」版本 ${version} 在本程序中不存在，也没有可用的升级方法；评估保持原样，未作任何改动`,
    { modelId, modelVersion: version },
  );
}

/** The newest installed pack that declares a mapping from the document's version, or an AppError. */
export function upgradeTarget(
  newest: ModelPack | undefined,
  doc: Pick<AssessmentDocument, 'modelId' | 'modelVersion'>,
): ModelPack {
  if (!newest) throw noUpgradePath(doc.modelId, doc.modelVersion);
  if (compareVersions(doc.modelVersion, newest.version) > 0)
    throw new AppError(
      'unsupported_version',
      `评估使用的问卷「${newest.title.zh}」版本 ${doc.modelVersion} 比本程序中的 ${newest.version} 版新，请先升级本程序；评估保持原样，未作任何改动`,
      { modelId: doc.modelId, modelVersion: doc.modelVersion },
    );
  if (!newest.upgrades.some((u) => u.fromVersion === doc.modelVersion))
    throw noUpgradePath(
      doc.modelId,
      doc.modelVersion,
      new UpgradeError(newest.title.zh, doc.modelVersion, newest.version),
    );
  return newest;
}

/** For bundle import: a document answered under an older version, brought to the newest one. */
export function documentUpgrader(
  models: Pick<ModelRegistry, 'get'>,
  by: () => string,
): (doc: AssessmentDocument) => AssessmentDocument {
  return (doc) =>
    upgradeDocument(doc, upgradeTarget(models.get(doc.modelId), doc), {
      at: new Date().toISOString(),
      by: by(),
    });
}
