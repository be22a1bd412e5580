import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { EXIT, main } from '../../../electron/cli';
import { DiagnosisResultSchema } from '../../../assessments/engine/diagnosis/schema';
import { SAMPLE, poppler } from './support';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The sample bundle with one JSON entry rewritten. */
function tamper(name: string, edit: (json: Record<string, unknown>) => void): string {
  const entries = unzipSync(readFileSync(SAMPLE));
  const json = JSON.parse(new TextDecoder().decode(entries[name]));
  edit(json);
  entries[name] = new TextEncoder().encode(JSON.stringify(json));
  const file = path.join(dir, `tampered-${name}`);
  writeFileSync(file, zipSync(entries));
  return file;
}

describe('npm run diagnose (electron/cli.ts)', () => {
  it('writes the diagnosis JSON and the PDF for the sample bundle, without any database', async () => {
    const pdf = path.join(dir, 'out.pdf');
    const json = path.join(dir, 'out.json');
    const r = await run(SAMPLE, '--pdf', pdf, '--json', json, '--date', '2025-11-21');
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('东莞市松湖智联电子科技有限公司');
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(DiagnosisResultSchema.safeParse(written.diagnosis).success).toBe(true);
    expect(written.subsidies.date).toBe('2025-11-21');
    expect(poppler('pdfinfo', [pdf])).toMatch(/Pages:\s+\d{2}/);
  }, 60_000);

  it('exits 3 with a Chinese message when the bundle file does not exist', async () => {
    const r = await run(path.join(dir, 'missing.sfdx'));
    expect(r.code).toBe(EXIT.missing);
    expect(r.err).toContain('找不到评估包文件');
  });

  it('exits 4 for a file that is not a bundle, and for a corrupt one', async () => {
    const text = path.join(dir, 'notes.sfdx');
    writeFileSync(text, '这不是压缩包');
    const notZip = await run(text);
    expect(notZip.code).toBe(EXIT.badBundle);
    expect(notZip.err).toContain('无法读取评估包');
    const truncated = path.join(dir, 'truncated.sfdx');
    writeFileSync(truncated, readFileSync(SAMPLE).subarray(0, 4000));
    expect((await run(truncated)).code).toBe(EXIT.badBundle);
    const badHash = tamper('assessment.json', (doc) => {
      (doc.evidence as Array<{ size: number }>)[0]!.size += 1;
    });
    const corrupt = await run(badHash);
    expect(corrupt.code).toBe(EXIT.badBundle);
    expect(corrupt.err).toContain('佐证文件');
  });

  it('exits 5 when the bundle uses a model version this build does not have', async () => {
    const file = tamper('assessment.json', (doc) => {
      doc.modelVersion = '2099.1';
    });
    const r = await run(file);
    expect(r.code).toBe(EXIT.unknownModel);
    expect(r.err).toContain('2099.1');
  });

  it('exits 6 before doing any work when an output cannot be written', async () => {
    const r = await run(SAMPLE, '--pdf', path.join(dir, 'no-such-folder', 'out.pdf'));
    expect(r.code).toBe(EXIT.unwritable);
    expect(r.err).toContain('不存在');
    const folder = await run(SAMPLE, '--json', dir);
    expect(folder.code).toBe(EXIT.unwritable);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run()).code).toBe(EXIT.usage);
    expect((await run(SAMPLE, '--lang', 'fr')).code).toBe(EXIT.usage);
    const copy = path.join(dir, 'copy.sfdx');
    copyFileSync(SAMPLE, copy);
    expect((await run(copy, '--date', 'tomorrow')).code).toBe(EXIT.usage);
  });
});
