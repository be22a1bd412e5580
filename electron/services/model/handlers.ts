import type { Handlers } from '@contract/dispatch';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { ServiceContext } from '../context';
import { questionnaireOf } from './questionnaire';

/** Packs the questionnaire borrows items from without evaluating them (e.g. CMMM reads SME answers). */
function lenders(q: Questionnaire): string[] {
  const inside = new Set(q.packs.map((p) => p.pack.id));
  const from = q.packs.flatMap((p) => p.pack.items.flatMap((i) => (i.type === 'ref' ? [i.from] : [])));
  return [...new Set(from)].filter((id) => !inside.has(id));
}

type ModelHandlers = Pick<Handlers<ServiceContext>, 'model.list' | 'model.get'>;

export const modelHandlers: ModelHandlers = {
  'model.list': (_input, ctx) => ({
    models: ctx.models.list().map((m) => ({ ...m, evaluates: [...m.evaluates] })),
  }),
  'model.get': (input, ctx) => {
    const q = questionnaireOf(ctx, input.id, input.version);
    const primary = q.packs[q.packs.length - 1]!.pack;
    return {
      pack: primary,
      companions: q.packs.slice(0, -1).map((p) => p.pack),
      sources: lenders(q).flatMap((id) => ctx.models.get(id) ?? []),
      order: [...q.order],
      owners: Object.fromEntries(q.owner),
      roles: ctx.models.roles(primary.id, primary.version),
    };
  },
};
