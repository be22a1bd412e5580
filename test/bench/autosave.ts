/**
 * Autosave latency: one answer written through the store and acknowledged after COMMIT
 * (WAL, synchronous=FULL), measured per call; `npm run bench` reports it.
 * Run it on the disk the app will use: a RAM-backed /tmp hides the fsync cost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { createContext } from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/services/store';

export interface AutosaveBenchOptions {
  /** answers to write (default 2000) */
  readonly answers?: number;
  /** parent folder of the temporary data folder (default: the OS temp folder) */
  readonly dir?: string;
  /** 'store': the service call; 'dispatch': the same through contract validation (default 'store') */
  readonly via?: 'store' | 'dispatch';
}

export interface AutosaveBenchResult {
  /** milliseconds */
  p50: number;
  p99: number;
  n: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function benchAutosave(opts: AutosaveBenchOptions = {}): Promise<AutosaveBenchResult> {
  const n = opts.answers ?? 2000;
  const dataDir = mkdtempSync(path.join(opts.dir ?? os.tmpdir(), 'sfd-bench-autosave-'));
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const ctx = await createContext({ runtime: 'cli', appName: 'bench', appVersion: '0', dataDir }, { store });
  try {
    const enterprise = store.enterprises.save({
      profile: {
        name: '基准测试企业',
        creditCode: '91440300708461136T',
        region: { province: '广东省', city: '深圳市' },
        industryCode: '39',
        manufacturingType: 'discrete',
        employees: 300,
        revenueWan: 5000,
        qualifications: [],
        dcmmLevel: 0,
        independentAccounting: 'yes',
        contact: '',
      },
    });
    const assessment = store.assessments.create({
      enterpriseId: enterprise.id,
      modelId: 'bench',
      modelVersion: '1',
      consultantName: 'bench',
      consultantOrg: '',
    });
    const timings: number[] = [];
    for (let i = 0; i < n; i++) {
      // 200 items revisited, like a consultant going back and forth
      const input = {
        assessmentId: assessment.id,
        itemId: `item.${i % 200}`,
        value: { kind: 'level' as const, level: i % 6 },
        note: i % 5 === 0 ? `现场记录 ${i}` : '',
        flagged: false,
      };
      const start = process.hrtime.bigint();
      if (opts.via === 'dispatch') {
        const envelope = await dispatch(handlers, ctx, 'assessment.answer', input);
        if (!envelope.ok) throw new Error(envelope.error.message);
      } else {
        store.answers.save(input.assessmentId, input.itemId, input);
      }
      timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    timings.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 1000) / 1000;
    return { p50: round(percentile(timings, 50)), p99: round(percentile(timings, 99)), n };
  } finally {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
