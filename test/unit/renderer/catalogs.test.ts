import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ROLES, QUALIFICATIONS, SIZE_CLASSES } from '../../../assessments/engine/enterprise';
import {
  CERTIFICATION_IDS,
  FIGURE_IDS,
  INVESTMENT_CHANNELS,
  INVESTMENT_KINDS,
} from '../../../assessments/engine/funding';
import { MEASURE_STATUSES } from '../../../assessments/engine/policy/result';
import { INSTRUMENTS } from '../../../assessments/engine/policy/schema';
import { EFFORT_BANDS } from '../../../assessments/engine/scenario/schema';
import { DIMENSIONS } from '../../../assessments/engine/dimensions';
import en from '../../../assessments/i18n/en.json';
import zhCN from '../../../assessments/i18n/zh-CN.json';
import zhTW from '../../../assessments/i18n/zh-TW.json';
import { ERROR_CODES } from '../../../electron/api/errors';
import { ImportOutcomeSchema } from '../../../electron/api/records';
import { MANUFACTURING_DIVISIONS } from '../../../renderer/src/enterprises/industries';
import { CITIES, DISTRICTS } from '../../../renderer/src/enterprises/regions';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const catalogs = { 'zh-CN': flatten(zhCN), en: flatten(en), 'zh-TW': flatten(zhTW) };
const zh = catalogs['zh-CN'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}
const code = sources(path.resolve('renderer/src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('UI message catalogs', () => {
  it('have the same keys in zh-CN, en and zh-TW, none empty', () => {
    for (const [lang, map] of Object.entries(catalogs)) {
      expect([...map.keys()].sort(), lang).toEqual([...zh.keys()].sort());
      for (const [key, value] of map) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('keep the same {{placeholders}} in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) {
      expect(holes(catalogs.en.get(key) ?? ''), `en ${key}`).toEqual(holes(value));
      expect(holes(catalogs['zh-TW'].get(key) ?? ''), `zh-TW ${key}`).toEqual(holes(value));
    }
  });

  it('are real translations, not copies', () => {
    const cjk = /[\u4e00-\u9fff]/;
    // English carries no Chinese except the names of the other two languages
    const chineseInEnglish = [...catalogs.en].filter(([k, v]) => cjk.test(v) && !k.startsWith('language.'));
    expect(chineseInEnglish).toEqual([]);
    const differ = [...zh].filter(([k, v]) => cjk.test(v) && catalogs['zh-TW'].get(k) !== v).length;
    const chinese = [...zh].filter(([, v]) => cjk.test(v)).length;
    expect(differ / chinese).toBeGreaterThan(0.7);
  });

  it('contain every key the renderer asks for literally', () => {
    const literal = [...code.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!);
    const keyed = [
      ...code.matchAll(
        /(?<!\[)'((?:walk|enterprise|results|funding|review|whatIf|history|settings)\.[\w.]+)'/g,
      ),
    ].map((m) => m[1]!);
    const missing = [...new Set([...literal, ...keyed])].filter((k) => !zh.has(k));
    expect(missing).toEqual([]);
  });

  it('name every value of the enumerations the screens show', () => {
    const families: Array<[string, readonly string[]]> = [
      ['qualifications', QUALIFICATIONS],
      ['roles', ENTERPRISE_ROLES],
      ['sizeClass', SIZE_CLASSES],
      ['industries', MANUFACTURING_DIVISIONS],
      ['regions.cities', CITIES.map((c) => c.id)],
      ['regions.districts', Object.values(DISTRICTS).flatMap((ds) => ds.map((d) => d.id))],
      ['dimensions', DIMENSIONS],
      ['funding.kinds', INVESTMENT_KINDS],
      ['funding.channels', INVESTMENT_CHANNELS],
      ['funding.certNames', CERTIFICATION_IDS],
      ['funding.figureNames', FIGURE_IDS],
      ['measureStatus', MEASURE_STATUSES],
      ['instruments', INSTRUMENTS],
      ['effortBands', EFFORT_BANDS],
      ['gateStatus', ['pass', 'fail', 'unknown', 'needs-verification']],
      ['errors', ERROR_CODES],
      ['walk.satisfaction', ['none', 'partial', 'most', 'full']],
      ['bundle.outcome', ImportOutcomeSchema.options],
      ['bundle.outcomeDetail', ImportOutcomeSchema.options],
    ];
    for (const [prefix, values] of families)
      for (const v of values) expect(zh.has(`${prefix}.${v}`), `${prefix}.${v}`).toBe(true);
  });
});
