import type { Handlers } from '@contract/dispatch';
import { syncProfileAnswers } from '../assessment/answers';
import type { ServiceContext } from '../context';

type EnterpriseMethod = 'enterprise.list' | 'enterprise.get' | 'enterprise.save';

export const enterpriseHandlers: Pick<Handlers<ServiceContext>, EnterpriseMethod> = {
  'enterprise.list': (input, { store }) => store.enterprises.list(input),
  'enterprise.get': ({ id }, { store }) => store.enterprises.get(id),
  'enterprise.save': (input, ctx) =>
    ctx.store.transaction(() => {
      const record = ctx.store.enterprises.save(input);
      syncProfileAnswers(ctx, record.id, record.profile);
      return record;
    }),
};
