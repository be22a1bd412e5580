/** One line of the bench table: a figure, its budget, and how it was measured. */
export interface BenchRow {
  readonly what: string;
  readonly figure: number;
  readonly unit: 'ms' | 'KB' | 'MB' | 'x' | 'pages' | 'questions';
  /** budget as a comparison the figure must satisfy; undefined = informational */
  readonly budget?: { readonly op: '<' | '>=' | '<='; readonly value: number };
  readonly how: string;
}

export function passes(row: BenchRow): boolean | undefined {
  if (!row.budget) return undefined;
  const { op, value } = row.budget;
  if (op === '<') return row.figure < value;
  if (op === '<=') return row.figure <= value;
  return row.figure >= value;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Runs fn `runs` times after `warmup` calls and returns sorted durations in ms. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Terminal columns: CJK characters take two. */
function columns(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

function cell(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

function formatFigure(row: BenchRow): string {
  const digits = row.figure >= 100 ? 0 : row.figure >= 10 ? 1 : 2;
  return `${row.figure.toFixed(digits)} ${row.unit}`;
}

export function renderTable(rows: readonly BenchRow[]): string {
  const lines = rows.map((row) => {
    const ok = passes(row);
    return [
      row.what,
      formatFigure(row),
      row.budget ? `${row.budget.op} ${row.budget.value} ${row.unit}` : '—',
      ok === undefined ? 'info' : ok ? 'pass' : 'MISS',
      row.how,
    ];
  });
  const header = ['what', 'figure', 'budget', 'result', 'how measured'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => columns(l[i] ?? ''))));
  // the last column (how) is left ragged: it is long, and padding it only adds trailing blanks
  const fmt = (cols: string[]) =>
    cols.map((c, i) => (i === cols.length - 1 ? c : cell(c, widths[i] ?? 10))).join(' | ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}
