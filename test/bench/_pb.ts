import { benchPortfolio } from './portfolio';
void benchPortfolio(Number(process.argv[2] ?? 200), 5, 10).then((r) => {
  const med = (t: number[]) => t[Math.floor(t.length / 2)];
  console.log(r.assessments, 'cold', r.coldMs.toFixed(0), 'filterSort', med(r.filterSort), 'search', med(r.search));
});
