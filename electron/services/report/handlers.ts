import { createHash } from 'node:crypto';
import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';
import { gatherReportInput } from './gather';
import { buildReportModel } from './model/build';
import { chinaDayStamp } from '@engine/china-day';
import { createReportRenderer, type ReportRenderer } from './renderer';

type ReportHandlers = Pick<Handlers<ServiceContext>, 'report.export'>;

let renderer: ReportRenderer | undefined;

/** One renderer per process: the worker keeps its parsed fonts warm between reports. */
export function sharedRenderer(): ReportRenderer {
  renderer ??= createReportRenderer();
  return renderer;
}

/** 「<企业名>-智能制造诊断报告-20251121.pdf」, safe on Windows. */
export function reportFileName(enterpriseName: string, now: Date): string {
  const printable = [...enterpriseName].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  const safe = printable.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'report';
  return `${safe}-智能制造诊断报告-${chinaDayStamp(now)}.pdf`;
}

export const reportHandlers: ReportHandlers = {
  'report.export': async (input, ctx) => {
    const doc = ctx.store.documents.read(input.assessmentId);
    const enterprise = ctx.store.enterprises.get(doc.enterpriseId);
    const settings = ctx.store.settings.get();
    const now = new Date();
    const model = buildReportModel(
      gatherReportInput({
        profile: enterprise.profile,
        doc,
        models: ctx.models,
        policies: ctx.policies,
        language: input.language ?? settings.language,
        settings: { consultantName: settings.consultantName, organisation: settings.organisation },
        app: { name: ctx.host.appName, version: ctx.host.appVersion },
        now,
      }),
    );
    const { bytes, pages } = await sharedRenderer().render(model);
    const fileName = reportFileName(enterprise.profile.name, now);
    const savedTo = ctx.host.saveFile ? await ctx.host.saveFile(fileName, bytes) : undefined;
    const cancelled = ctx.host.saveFile !== undefined && savedTo === undefined;
    if (!cancelled) {
      ctx.store.reports.add({
        assessmentId: doc.id,
        kind: 'diagnosis-pdf',
        fileName,
        savedTo: savedTo ?? null,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
      });
    }
    return {
      fileName,
      reportId: model.meta.reportId,
      pages,
      bytes: bytes.length,
      ...(savedTo ? { savedTo } : {}),
      ...(ctx.host.saveFile ? {} : { base64: Buffer.from(bytes).toString('base64') }),
    };
  },
};
