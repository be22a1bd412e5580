import { benchPortfolio } from './portfolio';
import { percentile } from './table';
void benchPortfolio(2000, 5, 30).then((r) => {
  const f = (t: number[]) => `median ${percentile(t, 50).toFixed(2)} ms, p99 ${percentile(t, 99).toFixed(2)} ms (n=${t.length})`;
  console.log(`${r.assessments} assessments; first call ${r.coldMs.toFixed(0)} ms; city+status+name sort ${f(r.filterSort)}; search+subsidy sort ${f(r.search)}`);
});
