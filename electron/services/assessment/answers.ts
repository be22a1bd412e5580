import type { AnswerValue } from '@engine/answer';
import type { EnterpriseProfile } from '@engine/enterprise';
import { figureProblems, figureProblemText, sharedFigureUpdates } from '@engine/figures-check';
import type { Questionnaire } from '@engine/model/questionnaire';
import { profileAnswer, profileAnswers } from '@engine/profile-answers';
import { AppError } from '@contract/errors';
import type { AnswerStateInput } from '@contract/records';
import { canonicalJson } from '../store/canonical-json';
import type { WriteAck } from '../store/repositories/answers';
import type { ServiceContext } from '../context';

/**
 * Answer rules the service keeps whatever the screen does: items the enterprise profile answers
 * are changed only in the profile, a figure shared by two items is written to both in one
 * transaction, and counted figures are never saved inconsistent (a part above its whole).
 */

const same = (a: AnswerValue | null | undefined, b: AnswerValue | null | undefined) =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null);

function questionnaireOf(ctx: ServiceContext, assessmentId: string) {
  const assessment = ctx.store.assessments.get(assessmentId);
  const profile = ctx.store.enterprises.find(assessment.enterpriseId)?.profile;
  return { q: ctx.models.questionnaire(assessment.modelId, assessment.modelVersion), profile };
}

function refuseProfileEdit(q: Questionnaire | undefined, itemId: string, value: AnswerValue | null) {
  const label = q?.items.get(itemId)?.label.zh ?? itemId;
  throw new AppError('invalid_input', `「${label}」来自企业档案，请在企业档案中修改`, {
    itemId,
    reason: 'profile-fact',
    value,
  });
}

export function saveAnswer(
  ctx: ServiceContext,
  input: { assessmentId: string; itemId: string } & AnswerStateInput,
): WriteAck {
  const { assessmentId, itemId, ...state } = input;
  const { q, profile } = questionnaireOf(ctx, assessmentId);
  const held = profile ? profileAnswer(itemId, profile) : undefined;
  if (held && !same(held, state.value)) refuseProfileEdit(q, itemId, state.value);

  const saved = new Map(ctx.store.answers.list(assessmentId).map((a) => [a.itemId, a]));
  const updates = sharedFigureUpdates(itemId, state.value, (id) => saved.get(id)?.value);
  const problem = figureProblems([{ itemId, value: state.value }, ...updates], (id) => q?.items.get(id))[0];
  if (problem) {
    throw new AppError('invalid_input', figureProblemText(problem), { itemId, reason: 'figures', problem });
  }
  return ctx.store.transaction(() => {
    const ack = ctx.store.answers.save(assessmentId, itemId, state);
    for (const u of updates) {
      const other = saved.get(u.itemId);
      ctx.store.answers.save(assessmentId, u.itemId, {
        value: u.value,
        note: other?.note ?? '',
        flagged: other?.flagged ?? false,
        respondent: other?.respondent ?? null,
        sighted: other?.sighted ?? 'unspecified',
      });
    }
    return ack;
  });
}

/** Writes the profile's answers into one open assessment (notes and flags are kept). */
function syncOne(ctx: ServiceContext, assessmentId: string, profile: EnterpriseProfile): void {
  const { q } = questionnaireOf(ctx, assessmentId);
  if (!q) return;
  const saved = new Map(ctx.store.answers.list(assessmentId).map((a) => [a.itemId, a]));
  for (const [itemId, value] of profileAnswers(profile)) {
    const current = saved.get(itemId);
    if (!q.items.has(itemId) || same(current?.value, value)) continue;
    ctx.store.answers.save(assessmentId, itemId, {
      value,
      note: current?.note ?? '',
      flagged: current?.flagged ?? false,
      respondent: current?.respondent ?? null,
      sighted: current?.sighted ?? 'unspecified',
    });
  }
}

/** After a profile is saved: every assessment still in progress takes the profile's answers. */
export function syncProfileAnswers(ctx: ServiceContext, enterpriseId: string, profile: EnterpriseProfile) {
  const limit = 200;
  for (let offset = 0; ; offset += limit) {
    const page = ctx.store.assessments.list({ enterpriseId, status: 'draft', offset, limit });
    for (const a of page.items) syncOne(ctx, a.id, profile);
    if (offset + limit >= page.total) return;
  }
}

/** A new assessment starts with what the profile already answers. */
export function seedProfileAnswers(ctx: ServiceContext, assessmentId: string): void {
  const { profile } = questionnaireOf(ctx, assessmentId);
  if (profile) syncOne(ctx, assessmentId, profile);
}
