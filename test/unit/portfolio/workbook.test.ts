import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/services/context';
import { dumpDatabase } from '../bundle/support';
import { VALID_CODES } from '../store/support';
import { addAssessment, answersOf, bookBase64, call, closeAll, readBook, testContext } from './support';

const ctxs: ServiceContext[] = [];
afterEach(() => closeAll(ctxs));
async function ctx() {
  const c = await testContext();
  ctxs.push(c);
  return c;
}

describe('questionnaire workbook out and in', () => {
  it('round trip: export → import into an empty assessment gives identical answers and notes', async () => {
    const c = await ctx();
    const source = addAssessment(c, {}, { answered: true }).assessment;
    c.store.answers.save(source.id, 'sf.status.tier-held', {
      value: { kind: 'level', level: 1 },
      note: '2024 年已完成基础级自评',
      flagged: false,
    });
    const out = await call(c, 'workbook.export', { assessmentId: source.id });
    expect(out.fileName).toMatch(/^问卷-东莞精密五金有限公司-\d{8}\.xlsx$/);

    const target = addAssessment(c).assessment;
    const result = await call(c, 'workbook.import', {
      assessmentId: target.id,
      fileName: out.fileName,
      base64: out.base64!,
    });
    expect(result.errors).toEqual([]);
    const expected = answersOf(c.store, source.id);
    expect(expected.length).toBeGreaterThan(50);
    expect(result.written).toBe(expected.length);
    expect(answersOf(c.store, target.id)).toEqual(expected);

    // importing the same file again changes nothing
    const again = await call(c, 'workbook.import', {
      assessmentId: target.id,
      fileName: 'x.xlsx',
      base64: out.base64!,
    });
    expect(again.written).toBe(0);
  });

  it('lists row-by-row errors in Chinese and writes nothing unless the consultant keeps the valid rows', async () => {
    const c = await ctx();
    const a = addAssessment(c).assessment;
    const out = await call(c, 'workbook.export', { assessmentId: a.id });
    const book = await readBook(out.base64!);
    const sheet = book.getWorksheet('问卷')!;
    const rowOf = (itemId: string) => {
      let found = 0;
      sheet.eachRow((row) => {
        if (row.getCell(8).value === itemId) found = row.number;
      });
      return sheet.getRow(found);
    };
    rowOf('sf.status.tier-held').getCell(5).value = '2'; // valid
    const tooHigh = rowOf('sf.status.cmmm-official');
    tooHigh.getCell(5).value = '9';
    const unknown = sheet.getRow(3);
    unknown.getCell(8).value = 'no.such.item';
    unknown.getCell(5).value = '1';
    const base64 = await bookBase64(book);
    const before = dumpDatabase(c.store);

    const strict = await call(c, 'workbook.import', { assessmentId: a.id, fileName: 'f.xlsx', base64 });
    expect(strict.written).toBe(0);
    expect(strict.validRows).toBe(1);
    expect(strict.errors.map((e) => e.row).sort((x, y) => x - y)).toEqual(
      [3, tooHigh.number].sort((x, y) => x - y),
    );
    expect(strict.errors.find((e) => e.row === 3)!.message).toContain('问卷中没有这道题');
    expect(strict.errors.find((e) => e.row === tooHigh.number)!.message).toMatch(/超出范围/);
    expect(dumpDatabase(c.store)).toBe(before);

    const chosen = await call(c, 'workbook.import', {
      assessmentId: a.id,
      fileName: 'f.xlsx',
      base64,
      mode: 'valid-rows',
    });
    expect(chosen.written).toBe(1);
    expect(answersOf(c.store, a.id)).toEqual([
      { itemId: 'sf.status.tier-held', value: { kind: 'level', level: 2 }, note: '' },
    ]);
  });

  it('refuses a workbook of another questionnaire version before reading any row', async () => {
    const c = await ctx();
    const a = addAssessment(c).assessment;
    const book = await readBook((await call(c, 'workbook.export', { assessmentId: a.id })).base64!);
    book.getWorksheet('说明')!.eachRow((row) => {
      if (row.getCell(1).value === '问卷版本') row.getCell(2).value = '2024.9';
    });
    const before = dumpDatabase(c.store);
    await expect(
      call(c, 'workbook.import', { assessmentId: a.id, fileName: 'f.xlsx', base64: await bookBase64(book) }),
    ).rejects.toThrow(/问卷表的版本（smart-factory-tiers 2024\.9）与本评估使用的问卷/);
    expect(dumpDatabase(c.store)).toBe(before);
  });

  it('does not import into a completed assessment', async () => {
    const c = await ctx();
    const a = addAssessment(c, { creditCode: VALID_CODES[0] }).assessment;
    const out = await call(c, 'workbook.export', { assessmentId: a.id });
    c.store.assessments.complete(a.id);
    await expect(
      call(c, 'workbook.import', { assessmentId: a.id, fileName: 'f.xlsx', base64: out.base64! }),
    ).rejects.toThrow(/已完成/);
  });
});
