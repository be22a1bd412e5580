import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_JSON_SCHEMAS } from '../../../assessments/engine/policy/json-schema';
import { TYPICAL_SCENARIO_IDS } from '../../../assessments/engine/typical-scenarios';
import {
  checkCatalogs,
  defaultSeedsDir,
  formatCatalogCheck,
} from '../../../electron/services/catalog/check-policies';
import { resourcePath } from '../../../electron/services/resources';
import { catalogs } from './support';

const seedsDir = defaultSeedsDir();
const seedsPresent = existsSync(seedsDir);
if (!seedsPresent) {
  console.warn(`[policy catalog] seed texts not found at ${seedsDir}: the verbatim-quote check is SKIPPED`);
}

function tempCatalogCopy(): { policies: string; scenarios: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-catalog-'));
  const policies = path.join(dir, 'policies');
  const scenarios = path.join(dir, 'scenarios');
  cpSync(resourcePath('assessments', 'policies'), policies, { recursive: true });
  cpSync(resourcePath('assessments', 'scenarios'), scenarios, { recursive: true });
  return { policies, scenarios };
}

describe('policy catalog check (npm run models:check)', () => {
  it.skipIf(!seedsPresent)('every quote occurs verbatim in the cited seed text', () => {
    const report = checkCatalogs(seedsDir);
    expect(report.issues).toEqual([]);
    expect(report.quotesMissing).toEqual([]);
    expect(report.quotesChecked).toBeGreaterThan(90);
    expect(report.ok).toBe(true);
  });

  it.skipIf(!seedsPresent)('catches a quote that was edited away from the source', () => {
    const copy = tempCatalogCopy();
    const file = path.join(copy.policies, 'huangpu-2025-7.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('單個企業最高可享受50萬元', '單個企業最高可享受80萬元'),
    );
    const report = checkCatalogs(seedsDir, copy.policies, copy.scenarios);
    expect(report.ok).toBe(false);
    expect(report.quotesMissing.map((q) => q.at)).toEqual(['measures.1.quote']);
  });

  it('without the seed texts it validates the catalogs, skips only the quote check, and says so', () => {
    const report = checkCatalogs(path.join(os.tmpdir(), 'no-such-seeds-dir'));
    expect(report.seedsPresent).toBe(false);
    expect(report.quotesChecked).toBe(0);
    expect(report.ok).toBe(true);
    expect(formatCatalogCheck(report).join('\n')).toContain('QUOTE CHECK SKIPPED');
  });

  it('reports a schema violation with its file and path', () => {
    const copy = tempCatalogCopy();
    const file = path.join(copy.policies, 'zhongshan-ai-plus-2025.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('to: 2027-12-31', 'to: 2027-13-31'));
    const report = checkCatalogs(seedsDir, copy.policies, copy.scenarios);
    expect(report.ok).toBe(false);
    expect(
      report.issues.some(
        (i) => i.file.endsWith('zhongshan-ai-plus-2025.yaml') && i.message.startsWith('validity.to'),
      ),
    ).toBe(true);
  });
});

describe('catalog content', () => {
  const docs = catalogs.policy.documents;

  it('has the five seed documents with their numbers and validity', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect([...byId.keys()].sort()).toEqual([
      'dongguan-binhaiwan-2025-12',
      'dongguan-five-ones-2025',
      'guangdong-2025-265',
      'huangpu-2025-7',
      'zhongshan-ai-plus-2025',
    ]);
    expect(byId.get('huangpu-2025-7')?.number).toBe('穗开经信规字〔2025〕7号');
    expect(byId.get('huangpu-2025-7')?.validity).toMatchObject({ from: '2025-06-27', to: '2028-06-26' });
    expect(byId.get('zhongshan-ai-plus-2025')?.validity).toMatchObject({
      from: '2025-02-21',
      to: '2027-12-31',
    });
    expect(byId.get('guangdong-2025-265')?.number).toBe('粤办函〔2025〕265号');
  });

  it('uses every benefit kind, and no 中山 measure carries a number the text does not give', () => {
    const kinds = new Set(docs.flatMap((d) => d.measures.map((m) => m.benefit.kind)));
    expect([...kinds].sort()).toEqual(['fixed-cap', 'per-increment', 'ratio', 'status', 'unspecified']);
    const zs = docs.find((d) => d.id === 'zhongshan-ai-plus-2025');
    expect(zs?.measures.every((m) => m.benefit.kind === 'unspecified' || m.benefit.kind === 'status')).toBe(
      true,
    );
  });

  it('scenario catalog: all 40 typical scenarios plus the AI scenarios the texts name', () => {
    const typical = catalogs.scenarios.filter((s) => s.origin === 'typical').map((s) => s.id);
    expect(typical.sort()).toEqual([...TYPICAL_SCENARIO_IDS]);
    const named = catalogs.scenarios.filter((s) => s.origin === 'named');
    expect(named.length).toBeGreaterThanOrEqual(12);
    expect(named.every((s) => s.ai && s.sources.length > 0)).toBe(true);
  });
});

describe('committed JSON Schemas', () => {
  it.each(Object.entries(CATALOG_JSON_SCHEMAS))('%s is up to date', (name, build) => {
    const committed: unknown = JSON.parse(readFileSync(resourcePath('assessments', 'schemas', name), 'utf8'));
    expect(committed).toEqual(build());
  });
});
