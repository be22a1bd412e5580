import type ExcelJS from 'exceljs';
import { excel } from './excel';
import type { AnswerValue } from '@engine/answer';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { WorkbookRowError } from '@contract/methods/portfolio';
import type { AssessmentRecord } from '@contract/records';
import { parseAnswer } from './answer-text';
import { ABOUT_KEYS, COL, ITEM_HEADERS, SHEET_ABOUT, SHEET_ITEMS } from './questionnaire-workbook';
import { refuseWorkbook } from './xlsx-guard';

export interface RowAnswer {
  readonly row: number;
  readonly itemId: string;
  readonly value: AnswerValue | null;
  readonly note: string;
}

export interface ReadResult {
  readonly rows: RowAnswer[];
  readonly errors: WorkbookRowError[];
}

const MAX_NOTE = 4000;

/** Cell text whatever Excel stored (number, rich text, shared string); formulas never get here. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object') return '';
  return String(v).trim();
}

function aboutValue(sheet: ExcelJS.Worksheet, key: string): string {
  let found = '';
  sheet.eachRow((row) => {
    if (cellText(row.getCell(1)) === key) found = cellText(row.getCell(2));
  });
  return found;
}

function checkEdition(book: ExcelJS.Workbook, assessment: AssessmentRecord): void {
  const about = book.getWorksheet(SHEET_ABOUT);
  if (!about) refuseWorkbook('wrong-sheets', `找不到工作表「${SHEET_ABOUT}」：这不是本程序导出的问卷表`);
  const model = aboutValue(about, ABOUT_KEYS.model);
  const version = aboutValue(about, ABOUT_KEYS.version);
  if (model !== assessment.modelId || version !== assessment.modelVersion) {
    refuseWorkbook(
      'wrong-model-version',
      `问卷表的版本（${model || '未填'} ${version || ''}）与本评估使用的问卷（${assessment.modelId} ${assessment.modelVersion}）不一致`,
    );
  }
}

function itemsSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(SHEET_ITEMS);
  if (!sheet) refuseWorkbook('wrong-sheets', `找不到工作表「${SHEET_ITEMS}」：这不是本程序导出的问卷表`);
  const header = ITEM_HEADERS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1)));
  if (header.join('|') !== ITEM_HEADERS.join('|'))
    refuseWorkbook('wrong-sheets', `工作表「${SHEET_ITEMS}」的表头被改动，应为：${ITEM_HEADERS.join('、')}`);
  return sheet;
}

function readRow(q: Questionnaire, row: ExcelJS.Row, seen: Set<string>): RowAnswer | WorkbookRowError | null {
  const itemId = cellText(row.getCell(COL.itemId));
  const answer = cellText(row.getCell(COL.answer));
  const note = cellText(row.getCell(COL.note));
  const at = (message: string) => ({ row: row.number, message: `第 ${row.number} 行：${message}` });
  if (!itemId && !answer && !note) return null;
  const item = q.items.get(itemId);
  if (!item) return at(`问卷中没有这道题（题目编号「${itemId || '空'}」），请勿修改或增加行`);
  if (seen.has(itemId)) return at('这道题在表中出现了两次');
  seen.add(itemId);
  if (note.length > MAX_NOTE) return at(`备注超过 ${MAX_NOTE} 字`);
  if (!answer) return note ? { row: row.number, itemId, value: null, note } : null;
  const parsed = parseAnswer(item, answer);
  return parsed.ok ? { row: row.number, itemId, value: parsed.value, note } : at(parsed.reason);
}

/** Validates every row of a guarded workbook against the questionnaire; never writes. */
export async function readQuestionnaireWorkbook(
  bytes: Uint8Array,
  q: Questionnaire,
  assessment: AssessmentRecord,
): Promise<ReadResult> {
  const book = new (await excel()).Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    refuseWorkbook('not-a-workbook', '文件已损坏或不是 Excel 工作簿（.xlsx）');
  }
  checkEdition(book, assessment);
  const sheet = itemsSheet(book);
  const rows: RowAnswer[] = [];
  const errors: WorkbookRowError[] = [];
  const seen = new Set<string>();
  sheet.eachRow((row) => {
    if (row.number === 1) return;
    const result = readRow(q, row, seen);
    if (result && 'message' in result) errors.push(result);
    else if (result) rows.push(result);
  });
  return { rows, errors };
}
