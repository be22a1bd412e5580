import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRoster } from '../../../electron/roster-cli';
import { closeContext } from '../../../electron/services/context';
import { addAssessment, testContext } from './support';

const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');
const out = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'sfd-roster-test-')), '名册.xlsx');

async function names(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const names: string[] = [];
  book.getWorksheet('建档立卡名册')!.eachRow((row) => {
    if (row.number > 1) names.push(String(row.getCell(1).value));
  });
  return names;
}

describe('npm run roster', () => {
  it('writes the roster of bundles, saying which file it skipped and why', async () => {
    const file = out();
    const lines: string[] = [];
    const code = await runRoster([SAMPLE, path.resolve('package.json'), '--xlsx', file], (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines[0]).toBe('读入 sample-bundle.sfdx：东莞市松湖智联电子科技有限公司');
    expect(lines[1]).toMatch(/^跳过 package\.json：无法导入评估包/);
    expect(await names(file)).toEqual(['东莞市松湖智联电子科技有限公司']);
  });

  it('writes the roster of a data folder (latest completed assessment per enterprise)', async () => {
    const c = await testContext();
    const a = addAssessment(c).assessment;
    c.store.assessments.complete(a.id);
    addAssessment(c, { name: '中山灯饰有限公司', creditCode: '91350100M000100Y43' });
    const dataDir = c.host.dataDir;
    closeContext(c);
    const file = out();
    expect(await runRoster(['--data', dataDir, '--xlsx', file], () => {})).toBe(0);
    expect(await names(file)).toEqual(['东莞精密五金有限公司']);
  });

  it('refuses to guess: both a folder and bundles, or no output file, is a usage error', async () => {
    await expect(runRoster([SAMPLE], () => {})).rejects.toThrow(/--xlsx/);
    await expect(runRoster(['--data', '.', SAMPLE, '--xlsx', out()], () => {})).rejects.toThrow(/二选一/);
    expect(existsSync(path.resolve('名册.xlsx'))).toBe(false);
  });
});
