/**
 * Writes test/fixtures/sample-bundle.sfdx: a fully answered assessment of a fictional 东莞 SME
 * (东莞市松湖智联电子科技有限公司, made up; its credit code is invented with a valid GB 32100
 * check character), with planned investments, certifications and three small evidence files.
 * Deterministic: fixed ids, timestamps and zip times, so re-running gives the same bytes.
 *   node scripts/run-ts.mjs scripts/make-sample-bundle.ts [out.sfdx]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { AnswerValue } from '@engine/answer';
import { creditCodeCheckChar } from '@engine/credit-code';
import type { EnterpriseProfile } from '@engine/enterprise';
import type { FundingInputs } from '@engine/funding';
import type { OwnedItem } from '@engine/model/schema';
import { profileAnswer } from '@engine/profile-answers';
import { APP_NAME, APP_VERSION } from '../electron/services/identity';
import { createModelRegistry } from '../electron/services/catalog/models';
import { parseBundle } from '../electron/services/bundle';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleEnterpriseSchema,
  ENTRY,
  EVIDENCE_DIR,
} from '../electron/services/bundle/format';
import { AssessmentDocumentSchema, type AssessmentDocument } from '../electron/services/store/document';

const OUT = process.argv[2] ?? 'test/fixtures/sample-bundle.sfdx';
const MODEL = { id: 'smart-factory-tiers', version: '2025.2' };
const ENTERPRISE_ID = '3f6d2a10-5b7c-4e21-9a4d-6c1e2b3a4d01';
const ASSESSMENT_ID = '8a1c4e52-7d3b-4f60-8e2a-1b9c0d7e6f02';
const CONSULTANT = '林晓东';
const T0 = Date.parse('2025-11-10T01:30:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** 17 characters of a fictional code (registered in 东莞, 441900), completed with its check character. */
const CODE_BODY = '91441900MA5KQ7R3X';
const CHECK = creditCodeCheckChar(CODE_BODY);
if (!CHECK) throw new Error('credit code body uses characters outside GB 32100');
const profile: EnterpriseProfile = {
  name: '东莞市松湖智联电子科技有限公司',
  creditCode: `${CODE_BODY}${CHECK}`,
  region: { province: '广东省', city: '东莞市', district: '松山湖' },
  industryCode: '39',
  manufacturingType: 'discrete',
  employees: 268,
  revenueWan: 18600,
  qualifications: ['above-scale', 'high-tech', 'srdi-sme'],
  dcmmLevel: 0,
  independentAccounting: 'yes',
  aiEnterprise: 'no',
  contact: '生产总监 陈志强 0769-2289 0000',
};

const funding: FundingInputs = {
  investments: [
    {
      kind: 'equipment',
      amountWan: 120,
      year: 2026,
      channel: 'unknown',
      scenarioId: 'ai-visual-inspection',
      note: 'SMT 后段 AOI 与外观检测工位 6 套',
    },
    {
      kind: 'compute',
      amountWan: 36,
      year: 2026,
      channel: 'dongguan-ai-compute-platform',
      scenarioId: 'ai-visual-inspection',
      note: '缺陷模型训练与推理算力租用',
    },
    {
      kind: 'model-service',
      amountWan: 18,
      year: 2026,
      channel: 'unknown',
      scenarioId: 'ai-visual-inspection',
      note: '视觉检测模型服务',
    },
    {
      kind: 'equipment',
      amountWan: 85,
      year: 2026,
      channel: 'unknown',
      scenarioId: 'ai-predictive-maintenance',
      note: '贴片机、回流焊振动与温度监测',
    },
    {
      kind: 'software',
      amountWan: 60,
      year: 2026,
      channel: 'unknown',
      note: 'MES 二期：质量追溯与设备管理模块',
    },
  ],
  certifications: {
    'high-tech': { status: 'held', year: 2023 },
    'srdi-sme': { status: 'held', year: 2024 },
    'data-asset-booking': { status: 'planned', year: 2026, firstTime: true },
  },
  figures: { revenueJanNovWan: 16900, revenueJanNovPrevWan: 15200 },
};

/** Scenario levels ts01…ts40 for an electronics assembler with MES, AOI and an energy meter network (null = N/A). */
const SCENARIO_LEVELS: ReadonlyArray<number | null> = [
  2,
  3,
  1,
  3,
  2,
  2,
  2,
  3,
  2,
  3,
  2,
  3,
  2,
  1,
  2,
  3,
  1,
  null,
  2,
  3,
  2,
  null,
  2,
  3,
  3,
  3,
  3,
  2,
  2,
  2,
  2,
  1,
  2,
  1,
  1,
  2,
  2,
  3,
  1,
  2,
];

const NOTES: Readonly<Record<string, { note: string; flagged?: boolean }>> = {
  'sf.ts04': { note: '结构与电子设计全部在 PLM 中完成，BOM 自动下发 ERP' },
  'sf.ts08': { note: 'APS 已上线，覆盖 SMT 与组装两个车间' },
  'sf.ts24': { note: 'AOI 已联网，判定结果写入 MES；AI 复判在试点中' },
  'sf.ts25': { note: '追溯到批次与工位，尚未到单板级', flagged: true },
  'sf.ts16': { note: '各车间已装智能电表，能耗看板按日统计' },
  'sf.ts03': { note: '仅有 SMT 线三维模型，未与实时数据联动' },
  'sf.basic.security': { note: '等保二级测评报告 2024 年 9 月出具' },
};

/**
 * The 基础级 benchmark, answered as a consultant would from the enterprise's statistics: first-pass
 * yield 98.6 % this year against a provincial industry average of 96.2 % from the provincial
 * statistical yearbook (both figures invented for this fictional enterprise).
 */
const BENCHMARK: Readonly<Record<string, AnswerValue>> = {
  'sf.basic.kpi-indicator': { kind: 'choices', selected: ['first-pass-yield'] },
  'sf.basic.kpi-figures': { kind: 'figures', figures: { enterprise: 98.6, benchmark: 96.2 } },
  'sf.basic.kpi-basis': { kind: 'choices', selected: ['statistical-yearbook'] },
};

/**
 * What the consultant saw on site: the systems and records behind the evidence files and notes
 * (yes), and the traceability claim still to be checked (no). Other answers leave it unspecified.
 */
const SIGHTED: Readonly<Record<string, 'yes' | 'no'>> = {
  'sf.ts04': 'yes',
  'sf.ts08': 'yes',
  'sf.ts16': 'yes',
  'sf.ts24': 'yes',
  'sf.ts25': 'no',
  'sf.ts03': 'yes',
  'sf.basic.security': 'yes',
  'sf.basic.kpi-figures': 'yes',
};

const EVIDENCE = [
  {
    itemId: 'sf.ts24',
    fileName: 'AOI联网与MES判定记录说明.txt',
    mimeType: 'text/plain',
    text: 'AOI 设备 6 台，经产线交换机接入 MES；判定结果（OK/NG/复判）按条码写入质量记录表。\n样例导出日期：2025-11-03。\n',
  },
  {
    itemId: 'sf.ts16',
    fileName: '车间电表点位清单.csv',
    mimeType: 'text/csv',
    text: '点位,车间,设备,采集周期\nE-01,SMT一车间,总进线,15分钟\nE-02,SMT一车间,回流焊1#,15分钟\nE-03,组装车间,总进线,15分钟\nE-04,空压站,空压机1#,15分钟\n',
  },
  {
    itemId: null,
    fileName: '企业基本情况介绍.txt',
    mimeType: 'text/plain',
    text: '主营消费电子与智能家居控制板的 SMT 贴片、插件和整机组装，两条 SMT 线、一条组装线。\n',
  },
];

function satisfactionFor(level: number | undefined): AnswerValue {
  const byLevel = ['full', 'most', 'partial', 'none', 'none'] as const;
  return { kind: 'satisfaction', value: byLevel[(level ?? 1) - 1] ?? 'none' };
}

function answerFor(item: OwnedItem): AnswerValue | undefined {
  if (BENCHMARK[item.id]) return BENCHMARK[item.id];
  if (item.id === 'sf.status.tier-held') return { kind: 'level', level: 1 };
  if (item.id === 'sf.status.cmmm-official') return { kind: 'na' };
  if (item.type === 'level' && item.scenario) {
    const level = SCENARIO_LEVELS[Number(item.scenario.slice(2)) - 1];
    return level === null || level === undefined
      ? { kind: 'na' }
      : { kind: 'level', level: Math.min(level, item.levels.length) };
  }
  switch (item.type) {
    case 'boolean':
      return { kind: 'boolean', value: true };
    case 'satisfaction':
      return satisfactionFor(item.level);
    case 'figures': {
      const [num, den] = [item.ratio.numerator, item.ratio.denominator];
      const share: Record<string, [number, number]> = {
        'sme.equip.digitised': [58, 72],
        'sme.equip.networked': [49, 72],
        'sme.funding': [3.1, 100],
      };
      const [n, d] = share[item.id] ?? [6, 10];
      return { kind: 'figures', figures: { [num]: n, [den]: d } };
    }
    case 'choices': {
      const pick = Math.max(0, Math.ceil(item.options.length * 0.6) - 1);
      return item.select === 'single'
        ? { kind: 'choices', selected: [item.options[pick]!.id] }
        : { kind: 'choices', selected: item.options.slice(0, pick + 1).map((o) => o.id) };
    }
    case 'level':
      return { kind: 'level', level: Math.min(3, item.levels.length) };
  }
}

function buildDocument(): AssessmentDocument {
  const registry = createModelRegistry();
  const q = registry.questionnaire(MODEL.id, MODEL.version);
  if (!q) throw new Error(`model ${MODEL.id}@${MODEL.version} not found`);
  const roles = registry.roles(MODEL.id, MODEL.version);
  const answers: AssessmentDocument['answers'] = [];
  const events: AssessmentDocument['events'] = [];
  q.order.forEach((itemId, i) => {
    const item = q.items.get(itemId);
    const value = item && answerFor(item);
    if (!item || !value || (value.kind === 'na' && !item.naAllowed)) return;
    const extra = NOTES[itemId];
    const state = {
      value,
      note: extra?.note ?? '',
      flagged: extra?.flagged ?? false,
      // profile facts come from the enterprise record, not from a person interviewed
      respondent: profileAnswer(itemId, profile) ? null : (roles[itemId] ?? null),
      sighted: SIGHTED[itemId] ?? ('unspecified' as const),
    };
    const revision = answers.length + 1;
    answers.push({ itemId, ...state, updatedAt: at(i), revision });
    const hex = revision.toString(16).padStart(12, '0');
    events.push({
      id: `5e0a1b2c-0000-4000-8000-${hex}`,
      itemId,
      old: null,
      new: state,
      at: at(i),
      by: CONSULTANT,
      revision,
    });
  });
  const evidence = EVIDENCE.map((e, i) => {
    const bytes = new TextEncoder().encode(e.text);
    return {
      id: `7c3d9e10-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      itemId: e.itemId,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: e.fileName,
      mimeType: e.mimeType,
      size: bytes.length,
      addedAt: at(200 + i),
    };
  });
  const revision = answers.length + evidence.length + 2;
  return AssessmentDocumentSchema.parse({
    id: ASSESSMENT_ID,
    enterpriseId: ENTERPRISE_ID,
    modelId: MODEL.id,
    modelVersion: MODEL.version,
    status: 'completed',
    consultantName: CONSULTANT,
    consultantOrg: '东莞市智能制造诊断服务中心（示例机构）',
    createdAt: at(0),
    updatedAt: at(240),
    completedAt: at(240),
    fundingInputs: funding,
    cursor: { itemId: null, view: 'questionnaire' },
    revision,
    answers,
    events,
    evidence,
  });
}

function main(): void {
  const doc = buildDocument();
  const enterprise = BundleEnterpriseSchema.parse({
    id: ENTERPRISE_ID,
    profile,
    createdAt: at(-60),
    updatedAt: at(-60),
  });
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
  const mtime = new Date(T0 + 241 * 60_000);
  const files: Zippable = {
    [ENTRY.manifest]: json({
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appName: APP_NAME,
      appVersion: APP_VERSION,
      exportedAt: mtime.toISOString(),
    }),
    [ENTRY.enterprise]: json(enterprise),
    [ENTRY.assessment]: json(doc),
  };
  EVIDENCE.forEach((e, i) => {
    files[`${EVIDENCE_DIR}${doc.evidence[i]!.sha256}`] = new TextEncoder().encode(e.text);
  });
  const bytes = zipSync(files, { level: 6, mtime });
  const registry = createModelRegistry();
  const parsed = parseBundle(bytes, { isKnownModel: (id, version) => registry.isKnown(id, version) });
  const unknown = parsed.doc.answers.filter((a) => !registry.questionnaire(MODEL.id)?.items.has(a.itemId));
  if (unknown.length > 0)
    throw new Error(`answers outside the questionnaire: ${unknown.map((a) => a.itemId).join(', ')}`);
  writeFileSync(OUT, bytes);
  console.log(
    `wrote ${path.resolve(OUT)} (${bytes.length} bytes, ${doc.answers.length} answers, ${doc.evidence.length} evidence files)`,
  );
}

main();
