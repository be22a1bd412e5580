import type { Handlers } from '@contract/dispatch';
import { chinaDay } from '@engine/china-day';
import { evaluate } from '@engine/policy/evaluate';
import type { ServiceContext } from '../context';

type PolicyHandlers = Pick<Handlers<ServiceContext>, 'policy.list' | 'policy.evaluate'>;

export const policyHandlers: PolicyHandlers = {
  'policy.list': (_input, ctx) => {
    const { policy, scenarios } = ctx.policies.load();
    return { catalogVersion: policy.version, documents: [...policy.documents], scenarios: [...scenarios] };
  },
  'policy.evaluate': (input, ctx) => {
    const { policy } = ctx.policies.load();
    return evaluate(policy, { ...input, date: input.date ?? chinaDay() });
  },
};
