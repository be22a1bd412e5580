import ExcelJS from 'exceljs';
import { dispatch } from '../../../electron/api/dispatch';
import type { Input, Method, Output } from '../../../electron/api/contract';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import type { Store } from '../../../electron/services/store';
import { typicalAnswers } from '../../fixtures/answers/typical';
import { makeTestHost } from '../helpers/host';
import { openTestStore, profile } from '../store/support';

export const MODEL = { modelId: 'smart-factory-tiers', modelVersion: '2025.2' } as const;

/** A service context over a fresh store with the bundled models and catalogs. */
export async function testContext(): Promise<ServiceContext> {
  const store = await openTestStore();
  return createContext(makeTestHost({ dataDir: store.dataDir }), { store });
}

export const closeAll = (ctxs: ServiceContext[]) => {
  for (const c of ctxs.splice(0)) closeContext(c);
};

/** Calls one method through the contract (schema validation included), throwing its error. */
export async function call<M extends Method>(
  ctx: ServiceContext,
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const result = await dispatch(handlers, ctx, method, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as Output<M>;
}

/** A draft assessment for an enterprise (created when new), optionally fully answered. */
export function addAssessment(
  ctx: ServiceContext,
  overrides: Parameters<typeof profile>[0] = {},
  options: { answered?: boolean; consultant?: string } = {},
) {
  const { store } = ctx;
  const p = profile(overrides);
  const enterprise =
    store.enterprises.findByCreditCode(p.creditCode) ?? store.enterprises.save({ profile: p });
  const assessment = store.assessments.create({
    enterpriseId: enterprise.id,
    ...MODEL,
    consultantName: options.consultant ?? '李顾问',
    consultantOrg: '广东智造咨询',
  });
  if (options.answered) {
    const q = ctx.models.questionnaire(MODEL.modelId, MODEL.modelVersion)!;
    for (const [itemId, value] of Object.entries(typicalAnswers(q))) {
      store.answers.save(assessment.id, itemId, { value, note: '', flagged: false });
    }
  }
  return { enterprise, assessment };
}

export const answersOf = (store: Store, assessmentId: string) =>
  store.answers.list(assessmentId).map(({ itemId, value, note }) => ({ itemId, value, note }));

export async function readBook(base64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book;
}

export async function bookBase64(book: ExcelJS.Workbook): Promise<string> {
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}
