import type { Handlers } from '../../api/dispatch';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import type { ServiceContext } from '../context';

type PolicyHandlers = Pick<Handlers<ServiceContext>, 'policy.list' | 'policy.evaluate'>;

/** The local calendar day: validity windows are dates as the documents state them. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const policyHandlers: PolicyHandlers = {
  'policy.list': (_input, ctx) => {
    const { policy, scenarios } = ctx.policies.load();
    return { catalogVersion: policy.version, documents: [...policy.documents], scenarios: [...scenarios] };
  },
  'policy.evaluate': (input, ctx) => {
    const { policy } = ctx.policies.load();
    return evaluate(policy, { ...input, date: input.date ?? todayIso() });
  },
};
