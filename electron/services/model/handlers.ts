import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';
import { questionnaireOf } from './questionnaire';

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
      order: [...q.order],
      owners: Object.fromEntries(q.owner),
      roles: ctx.models.roles(primary.id, primary.version),
    };
  },
};
