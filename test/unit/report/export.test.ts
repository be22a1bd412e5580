import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { importBundle } from '../../../electron/services/bundle';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import type { Host } from '../../../electron/services/host';
import { buildReportModel } from '../../../electron/services/report/model/build';
import { createReportRenderer, workerRenderer } from '../../../electron/services/report/renderer';
import { bundleForNode } from '../../helpers/bundle';
import { makeTestHost } from '../helpers/host';
import { SAMPLE, sampleInput } from './support';

const contexts: ServiceContext[] = [];
afterAll(() => {
  for (const ctx of contexts) {
    closeContext(ctx);
    rmSync(ctx.host.dataDir, { recursive: true, force: true });
  }
});

/** A store holding the sample assessment, behind the real handlers. */
async function contextWith(overrides: Partial<Host> = {}) {
  const ctx = await createContext(makeTestHost(overrides));
  contexts.push(ctx);
  const { assessmentId } = importBundle(ctx.store, readFileSync(SAMPLE), {
    isKnownModel: (id, v) => ctx.models.isKnown(id, v),
  });
  return { ctx, assessmentId };
}

describe('report.export', () => {
  it('returns the PDF as base64 in the browser shell and records the export', async () => {
    const { ctx, assessmentId } = await contextWith();
    const result = await dispatch(handlers, ctx, 'report.export', { assessmentId });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      base64?: string;
      bytes: number;
      pages: number;
      fileName: string;
      reportId: string;
      savedTo?: string;
    };
    const pdf = Buffer.from(value.base64!, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBe(value.bytes);
    expect(value.pages).toBeGreaterThanOrEqual(10);
    expect(value.fileName).toMatch(/^东莞市松湖智联电子科技有限公司-智能制造诊断报告-\d{8}\.pdf$/);
    expect(value.savedTo).toBeUndefined();
    const [record] = ctx.store.reports.list(assessmentId);
    expect(record).toMatchObject({
      kind: 'diagnosis-pdf',
      fileName: value.fileName,
      size: value.bytes,
      savedTo: null,
    });
  }, 60_000);

  it('hands the bytes to the save dialog in Electron, and records nothing when the user cancels', async () => {
    const saved: Array<{ name: string; size: number }> = [];
    const { ctx, assessmentId } = await contextWith({
      saveFile: async (name, bytes) => {
        saved.push({ name, size: bytes.length });
        return path.join(os.tmpdir(), name);
      },
    });
    const result = await dispatch(handlers, ctx, 'report.export', { assessmentId, language: 'en' });
    expect(result.ok && (result.value as { base64?: string }).base64).toBe(undefined);
    expect(result.ok && (result.value as { savedTo?: string }).savedTo).toBe(
      path.join(os.tmpdir(), saved[0]!.name),
    );
    expect(ctx.store.reports.list(assessmentId)).toHaveLength(1);

    const cancelled = await contextWith({ saveFile: async () => undefined });
    const r = await dispatch(handlers, cancelled.ctx, 'report.export', {
      assessmentId: cancelled.assessmentId,
    });
    expect(r.ok).toBe(true);
    expect(cancelled.ctx.store.reports.list(cancelled.assessmentId)).toHaveLength(0);
  }, 60_000);

  it('answers not_found for an unknown assessment', async () => {
    const { ctx } = await contextWith();
    const r = await dispatch(handlers, ctx, 'report.export', {
      assessmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not_found');
  });
});

describe('the report worker thread', () => {
  it('draws the same report off the calling thread', async () => {
    const outfile = await bundleForNode('electron/report-worker.ts');
    const renderer = workerRenderer(outfile);
    try {
      const report = await renderer.render(buildReportModel(sampleInput('zh-CN')));
      expect(renderer.mode).toBe('worker');
      expect(Buffer.from(report.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(report.pages).toBeGreaterThanOrEqual(10);
    } finally {
      await renderer.close();
    }
  }, 60_000);

  it('refuses a malformed job before posting it, with a Chinese message, and starts no worker', async () => {
    // a worker file that would fail loudly if it were ever started
    const renderer = workerRenderer(path.resolve('node_modules/.cache', 'sfd-no-such-worker.cjs'));
    const model = buildReportModel(sampleInput('zh-CN'));
    const broken = { ...model, cover: { ...model.cover, title: 42 } } as unknown as typeof model;
    await expect(renderer.render(broken)).rejects.toThrow('生成报告失败：报告数据格式不正确');
    await renderer.close();
  });

  it('loads no zod: the job is checked by the sender, so the first report skips loading it', async () => {
    const outfile = await bundleForNode('electron/report-worker.ts');
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/require\(["']zod/);
  }, 60_000);
});

describe('report renderer fallback', () => {
  it('draws in-process when the worker file cannot run', async () => {
    const dir = path.resolve('node_modules/.cache', `sfd-broken-worker-${process.pid}`);
    const file = path.join(dir, 'report-worker.cjs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, "throw new Error('cannot load in this layout');\n");
    const renderer = createReportRenderer(file);
    try {
      expect(renderer.mode).toBe('worker');
      const report = await renderer.render(buildReportModel(sampleInput('zh-CN')));
      expect(report.pages).toBeGreaterThanOrEqual(10);
      expect(renderer.mode).toBe('in-process');
    } finally {
      await renderer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
