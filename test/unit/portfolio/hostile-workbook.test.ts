import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/services/context';
import { guardWorkbook } from '../../../electron/services/portfolio/xlsx-guard';
import { dumpDatabase } from '../bundle/support';
import { addAssessment, bookBase64, call, closeAll, readBook, testContext } from './support';

const ctxs: ServiceContext[] = [];
afterEach(() => closeAll(ctxs));

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function exported(c: ServiceContext, assessmentId: string): Promise<Uint8Array> {
  return Buffer.from((await call(c, 'workbook.export', { assessmentId })).base64!, 'base64');
}

/** Adds or replaces parts of an exported workbook's zip. */
function withParts(xlsx: Uint8Array, parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ ...unzipSync(xlsx), ...parts });
}

/** Each hostile variant of a genuine export, and the refusal it must get (Chinese, specific). */
const HOSTILE: Record<
  string,
  { make: (xlsx: Uint8Array) => Promise<Uint8Array> | Uint8Array; error: RegExp }
> = {
  'answer cell holding a formula': {
    make: async (xlsx) => {
      const book = await readBook(b64(xlsx));
      book.getWorksheet('问卷')!.getRow(2).getCell(5).value = { formula: '1+1', result: 2 };
      return Buffer.from(await bookBase64(book), 'base64');
    },
    error: /含有公式/,
  },
  'external workbook link part': {
    make: (xlsx) =>
      withParts(xlsx, {
        'xl/externalLinks/externalLink1.xml': strToU8(
          '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        ),
      }),
    error: /外部链接/,
  },
  'relationship to an external target': {
    make: (xlsx) =>
      withParts(xlsx, {
        'xl/worksheets/_rels/sheet1.xml.rels': strToU8(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="\\\\evil\\share\\x.xlsx" TargetMode="External"/></Relationships>',
        ),
      }),
    error: /外部链接/,
  },
  'macro project (vbaProject.bin)': {
    make: (xlsx) => withParts(xlsx, { 'xl/vbaProject.bin': new Uint8Array(64) }),
    error: /含有宏/,
  },
  'zip bomb: 64 MB of zeros in one entry (about 64 KB zipped)': {
    make: (xlsx) => withParts(xlsx, { 'xl/media/bomb.bin': new Uint8Array(64 * 1024 * 1024) }),
    error: /超过上限|压缩炸弹/,
  },
  'many medium entries adding up past the total': {
    make: (xlsx) =>
      withParts(
        xlsx,
        Object.fromEntries(
          Array.from({ length: 5 }, (_, i) => [`xl/media/pad${i}.bin`, new Uint8Array(15 * 1024 * 1024)]),
        ),
      ),
    error: /压缩炸弹/,
  },
  'path traversal entry name': {
    make: (xlsx) => withParts(xlsx, { '../../evil.xml': strToU8('<x/>') }),
    error: /不安全的条目名/,
  },
  'not a zip at all': { make: () => strToU8('这不是 Excel 文件'.repeat(100)), error: /不是 Excel 工作簿/ },
  'empty file': { make: () => new Uint8Array(0), error: /文件是空的/ },
  'a zip without a workbook': {
    make: () => zipSync({ 'a.txt': strToU8('hello') }),
    error: /不是 Excel 工作簿/,
  },
  'a genuine workbook with the wrong sheets': {
    make: async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Sheet1').addRow(['名称', '数值']);
      return Buffer.from(await bookBase64(book), 'base64');
    },
    error: /找不到工作表「说明」/,
  },
  'the questionnaire sheet with its header changed': {
    make: async (xlsx) => {
      const book = await readBook(b64(xlsx));
      book.getWorksheet('问卷')!.getRow(1).getCell(5).value = '分数';
      return Buffer.from(await bookBase64(book), 'base64');
    },
    error: /表头被改动/,
  },
};

describe('hostile questionnaire workbooks are refused with the database unchanged', () => {
  for (const [name, { make, error }] of Object.entries(HOSTILE)) {
    it(name, async () => {
      const c = await testContext();
      ctxs.push(c);
      const a = addAssessment(c).assessment;
      const bytes = await make(await exported(c, a.id));
      const before = dumpDatabase(c.store);
      const attempt = call(c, 'workbook.import', {
        assessmentId: a.id,
        fileName: 'h.xlsx',
        base64: b64(bytes),
      });
      await expect(attempt).rejects.toThrow(error);
      await expect(attempt).rejects.toMatchObject({ code: 'import_rejected' });
      expect(dumpDatabase(c.store)).toBe(before);
    });
  }

  it('a 100 MB file is refused by the contract before it is decoded', async () => {
    const c = await testContext();
    ctxs.push(c);
    const a = addAssessment(c).assessment;
    const before = dumpDatabase(c.store);
    const huge = 'A'.repeat(Math.ceil((100 * 1024 * 1024) / 3) * 4);
    await expect(
      call(c, 'workbook.import', { assessmentId: a.id, fileName: 'big.xlsx', base64: huge }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(dumpDatabase(c.store)).toBe(before);
  });

  it('the guard itself refuses 100 MB of bytes unread (CLI and other callers)', () => {
    expect(() => guardWorkbook(new Uint8Array(100 * 1024 * 1024))).toThrow(/文件超过 20 MB/);
  });
});
