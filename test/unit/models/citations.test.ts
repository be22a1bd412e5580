import { describe, expect, it } from 'vitest';
import { loadModelPacks } from '../../../electron/services/catalog/models';
import { MODELS_DIR } from '../engine/support';

const loaded = loadModelPacks(MODELS_DIR);

interface Found {
  readonly where: string;
  readonly citation: Record<string, unknown>;
}

/** Every `citation` object anywhere in a pack (nodes, items, rules, gates, region variants). */
function citations(value: unknown, where: string, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => citations(v, `${where}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'citation' && v && typeof v === 'object')
        out.push({ where, citation: v as Record<string, unknown> });
      else citations(v, `${where}.${k}`, out);
    }
  }
  return out;
}

// a reader must be able to look the source up: a code host, a repository file or this project's own notes are not sources
const NOT_A_SOURCE = /github|gitee|gitlab|仓库|repositor|代码|源码|research|standards\.md|文件 ?\d{6,}/i;

describe('citations in the shipped packs name public sources', () => {
  it('no citation names GitHub, a repository or a file id', () => {
    const all = loaded.packs.flatMap((p) => citations(p, `${p.id}@${p.version}`));
    expect(all.length).toBeGreaterThan(100);
    const bad = all.flatMap(({ where, citation }) =>
      Object.entries(citation)
        .filter(([, text]) => typeof text === 'string' && NOT_A_SOURCE.test(text))
        .map(([field, text]) => `${where}.${field}: ${String(text)}`),
    );
    expect(bad).toEqual([]);
  });

  it('every gate cites a published document by its title (《…》 or a GB/T number) and an article', () => {
    for (const p of loaded.packs) {
      if (p.scoring.kind !== 'tiers') continue;
      for (const g of p.scoring.gates) {
        for (const c of [
          g.citation,
          ...(g.type === 'cmmm-level' ? g.regionVariants.map((v) => v.citation) : []),
        ]) {
          expect([g.id, /《.+》|GB\/T \d+/.test(c.source)]).toEqual([g.id, true]);
          expect([g.id, (c.ref ?? '').length > 0]).toEqual([g.id, true]);
        }
      }
    }
  });

  it('the coverage gate of 先进级 cites the 2025 criteria, keeping its unconfirmed flag', () => {
    const tiers = loaded.packs.find((p) => p.id === 'smart-factory-tiers')!;
    const gate =
      tiers.scoring.kind === 'tiers'
        ? tiers.scoring.gates.find((g) => g.id === 'advanced.coverage')
        : undefined;
    expect(gate?.citation).toEqual({
      source: '《智能工厂梯度培育要素条件(2025年版)》（工信厅联通装函〔2025〕251号附件1）',
      ref: '先进级要求',
      note: '官方文本未见此条（规则见于第三方申报辅助工具），须核实',
    });
    expect(gate?.confidence).toBe('unconfirmed');
  });
});
