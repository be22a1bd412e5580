import type ExcelJS from 'exceljs';
import { excel } from './excel';
import zhCN from '../../../assessments/i18n/zh-CN.json';
import type { PortfolioEntry } from './rows';
import { chinaDay } from '@engine/china-day';
import { AS_GIVEN, phraseText } from '../../../assessments/presentation/phrase';
import { levelName, SIZE_NAMES, STATUS_NAMES } from './labels';

/** The roster is delivered in Chinese to the city, whatever language the app shows. */
const INSTRUMENT_NAMES: Record<string, string> = zhCN.instruments;
const INDUSTRY_NAMES: Record<string, string> = zhCN.industries;
const instrumentName = (id: string) => INSTRUMENT_NAMES[id] ?? id;

interface Column {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly value: (e: PortfolioEntry) => string | number | null;
}

/**
 * The 建档立卡 roster columns. Competitive (择优) caps are a column of their own, never added to the
 * entitlement: a 择优 ceiling is not money the enterprise can count on.
 */
const ROSTER_COLUMNS: readonly Column[] = [
  { header: '企业名称', width: 34, value: (e) => e.row.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (e) => e.row.creditCode },
  { header: '地市', width: 10, value: (e) => e.row.city },
  { header: '区县', width: 12, value: (e) => e.row.district },
  { header: '行业代码（GB/T 4754）', width: 12, value: (e) => e.row.industryCode },
  { header: '行业', width: 22, value: (e) => INDUSTRY_NAMES[e.row.industryCode] ?? '' },
  { header: '企业规模', width: 9, value: (e) => SIZE_NAMES[e.row.sizeClass] },
  { header: '评估状态', width: 9, value: (e) => STATUS_NAMES[e.row.status] },
  { header: '评估日期', width: 12, value: (e) => chinaDay(e.row.date) },
  { header: '诊断顾问', width: 10, value: (e) => e.row.consultantName },
  {
    header: '智能工厂梯度（估算）',
    width: 18,
    value: (e) =>
      e.row.tierLabel === null ? '未评估' : `${e.row.tierLabel}${e.row.tierPending ? '（待核实）' : ''}`,
  },
  { header: '智能制造能力成熟度', width: 14, value: (e) => levelName(e.row.cmmmLevel) },
  { header: '中小企业数字化水平', width: 14, value: (e) => levelName(e.row.smeLevel) },
  { header: '符合条件的措施数', width: 10, numFmt: '0', value: (e) => e.row.eligibleCount },
  {
    header: '现在即可申报合计（万元）',
    width: 18,
    numFmt: '#,##0.00',
    value: (e) => e.row.subsidyTodayWan,
  },
  { header: '金额未明确的措施数', width: 12, numFmt: '0', value: (e) => e.row.subsidyUnspecified },
  {
    header: '择优可争取（政策上限，万元）',
    width: 16,
    numFmt: '#,##0.00',
    value: (e) => e.row.competitiveCapWan,
  },
];

const MEASURE_COLUMNS = [
  { header: '企业名称', width: 34 },
  { header: '统一社会信用代码', width: 22 },
  { header: '可申请措施', width: 40 },
  { header: '方式', width: 12 },
  { header: '估算金额（万元）', width: 14 },
  { header: '金额说明', width: 12 },
  { header: '计算方法', width: 40 },
  { header: '依据文件', width: 40 },
] as const;

const ESTIMATE_NOTE = {
  amount: '按测算',
  'up-to': '最高',
  'policy-cap': '政策上限',
  unspecified: '文件未列明金额',
} as const;

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
}

function addRosterSheet(book: ExcelJS.Workbook, entries: readonly PortfolioEntry[]): void {
  const sheet = book.addWorksheet('建档立卡名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  for (const entry of entries) sheet.addRow(ROSTER_COLUMNS.map((c) => c.value(entry)));
  styleHeader(sheet);
}

function addMeasureSheet(book: ExcelJS.Workbook, entries: readonly PortfolioEntry[]): void {
  const sheet = book.addWorksheet('可申请措施');
  sheet.columns = MEASURE_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getColumn(5).numFmt = '#,##0.00';
  for (const { row, digest } of entries) {
    for (const m of digest.eligible) {
      const wan = m.estimate.kind === 'unspecified' ? null : m.estimate.wan;
      const source = [m.citation.documentTitle, m.citation.documentNumber, m.citation.article]
        .filter(Boolean)
        .join(' ');
      sheet.addRow([
        row.enterpriseName,
        row.creditCode,
        m.name,
        instrumentName(m.instrument),
        wan,
        ESTIMATE_NOTE[m.estimate.kind],
        phraseText(m.formula, 'zh-CN', AS_GIVEN),
        source,
      ]);
    }
  }
  styleHeader(sheet);
}

export const ROSTER_HEADERS = ROSTER_COLUMNS.map((c) => c.header);

/** The roster workbook: one row per enterprise, then the measures each can apply for. */
export async function buildRoster(entries: readonly PortfolioEntry[], now: Date): Promise<Uint8Array> {
  const book = new (await excel()).Workbook();
  book.creator = '智造自诊';
  book.created = now;
  addRosterSheet(book, entries);
  addMeasureSheet(book, entries);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
