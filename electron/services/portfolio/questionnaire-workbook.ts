import type ExcelJS from 'exceljs';
import { excel } from './excel';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { AnswerRecord, AssessmentRecord, EvidenceRecord } from '@contract/records';
import { answerGuide, formatAnswer, typeName } from './answer-text';

/**
 * One assessment's questionnaire as a workbook the enterprise can fill in: sheet 问卷 holds one
 * row per item; sheet 说明 says how to fill it and which questionnaire edition it belongs to
 * (the import refuses another edition).
 */
export const SHEET_ITEMS = '问卷';
export const SHEET_ABOUT = '说明';
export const ITEM_HEADERS = [
  '序号',
  '题目',
  '题型',
  '可填内容',
  '答案',
  '备注',
  '佐证材料',
  '题目编号',
] as const;
export const COL = { answer: 5, note: 6, itemId: 8 } as const;
export const ABOUT_KEYS = { model: '问卷模型', version: '问卷版本', assessment: '评估编号' } as const;

export interface WorkbookSource {
  readonly questionnaire: Questionnaire;
  readonly assessment: AssessmentRecord;
  readonly enterpriseName: string;
  readonly answers: readonly AnswerRecord[];
  readonly evidence: readonly EvidenceRecord[];
}

function addItemsSheet(book: ExcelJS.Workbook, src: WorkbookSource): void {
  const sheet = book.addWorksheet(SHEET_ITEMS, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [6, 40, 9, 60, 14, 30, 24, 10].map((width) => ({ width }));
  sheet.addRow([...ITEM_HEADERS]).font = { bold: true };
  const answers = new Map(src.answers.map((a) => [a.itemId, a]));
  src.questionnaire.order.forEach((itemId, i) => {
    const item = src.questionnaire.items.get(itemId);
    if (!item) return;
    const answer = answers.get(itemId);
    const files = src.evidence.filter((e) => e.itemId === itemId).map((e) => e.fileName);
    const row = sheet.addRow([
      i + 1,
      item.prompt ?? item.label.zh,
      typeName(item),
      answerGuide(item),
      formatAnswer(item, answer?.value ?? null),
      answer?.note ?? '',
      files.join('\n'),
      itemId,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(COL.answer).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
  });
  // the item key is for the import, not for people to read or edit
  sheet.getColumn(COL.itemId).hidden = true;
}

function addAboutSheet(book: ExcelJS.Workbook, src: WorkbookSource): void {
  const sheet = book.addWorksheet(SHEET_ABOUT);
  sheet.columns = [{ width: 14 }, { width: 80 }];
  sheet.addRows([
    ['企业', src.enterpriseName],
    ['填写方法', '在「问卷」表的「答案」列（黄色）填写，可在「备注」列补充说明；其他列请勿修改。'],
    ['', '不要使用公式或链接：含公式、外部链接或宏的文件会被拒绝导入。'],
    [ABOUT_KEYS.model, src.assessment.modelId],
    [ABOUT_KEYS.version, src.assessment.modelVersion],
    [ABOUT_KEYS.assessment, src.assessment.id],
  ]);
}

export async function buildQuestionnaireWorkbook(src: WorkbookSource): Promise<Uint8Array> {
  const book = new (await excel()).Workbook();
  book.creator = '智造自诊';
  addItemsSheet(book, src);
  addAboutSheet(book, src);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
