import { chinaDay } from '@engine/china-day';
import { recommend } from '@engine/scenario/recommend';
import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';

export const scenarioHandlers: Pick<Handlers<ServiceContext>, 'scenario.recommend'> = {
  'scenario.recommend': (input, ctx) => {
    const { policy, scenarios } = ctx.policies.load();
    const result = recommend(policy, scenarios, { ...input, date: input.date ?? chinaDay() });
    return input.limit
      ? { ...result, recommendations: result.recommendations.slice(0, input.limit) }
      : result;
  },
};
