import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentStrings, hasChinese } from '../../../assessments/i18n/content/walk';
import { CONTENT_SOURCES, mergeMemories, type ContentSource } from '../../../assessments/i18n/content/memory';
import {
  MEMORY_FILES,
  englishContent,
  glossedTitle,
  toEnglishDeep,
} from '../../../assessments/i18n/content/english';
import en from '../../../assessments/i18n/composed/en.json';
import zhCN from '../../../assessments/i18n/composed/zh-CN.json';
import zhTW from '../../../assessments/i18n/composed/zh-TW.json';

/**
 * The sources whose memory must hold every content text. The lead adds the other sources here
 * once the translators' memories are merged; until then their missing texts are only listed.
 */
const REQUIRED_COMPLETE: readonly ContentSource[] = CONTENT_SOURCES;

const ROOT = path.resolve(__dirname, '../../..');

function yamlFiles(source: ContentSource): string[] {
  if (source === 'ai-scenarios') return ['assessments/scenarios/ai-scenarios.yaml'];
  if (source === 'policies')
    return readdirSync(path.join(ROOT, 'assessments/policies'))
      .filter((f) => f.endsWith('.yaml') && f !== 'index.yaml')
      .map((f) => `assessments/policies/${f}`);
  const pack = path.join('assessments/models', source);
  return readdirSync(path.join(ROOT, pack)).flatMap((version) =>
    readdirSync(path.join(ROOT, pack, version))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(pack, version, f)),
  );
}

/** Every content text of a source, as YAML parses it, with the rule of the translation memory. */
function contentOf(source: ContentSource): string[] {
  const out = new Set<string>();
  for (const file of yamlFiles(source))
    contentStrings(parse(readFileSync(path.join(ROOT, file), 'utf8')), out);
  return [...out];
}

const memory = mergeMemories(MEMORY_FILES).memory;
const untranslated = Object.fromEntries(
  CONTENT_SOURCES.map((s) => [s, contentOf(s).filter((text) => !memory.has(text))]),
) as Record<ContentSource, string[]>;

describe('English translation memory', () => {
  it('lists the content texts each source still lacks in English', () => {
    for (const source of CONTENT_SOURCES) {
      const missing = untranslated[source];
      if (missing.length > 0)
        console.info(`${source}: ${missing.length} untranslated\n  ${missing.slice(0, 40).join('\n  ')}`);
    }
    const required = Object.fromEntries(REQUIRED_COMPLETE.map((s) => [s, untranslated[s]]));
    expect(required).toEqual(Object.fromEntries(REQUIRED_COMPLETE.map((s) => [s, []])));
  });

  it('gives one English to a Chinese text held by several files', () => {
    expect(mergeMemories(MEMORY_FILES).conflicts).toEqual([]);
  });

  it('reports a text two files translate differently, and keeps the first', () => {
    const merged = mergeMemories([
      ['a', { 智能装备: 'Smart equipment', 工业软件: 'Industrial software' }],
      ['b', { 智能装备: 'Intelligent equipment', 工业软件: 'Industrial software' }],
    ]);
    expect(merged.memory.get('智能装备')).toBe('Smart equipment');
    expect(merged.conflicts).toEqual([
      {
        text: '智能装备',
        translations: [
          { source: 'a', en: 'Smart equipment' },
          { source: 'b', en: 'Intelligent equipment' },
        ],
      },
    ]);
  });

  it('holds English only, keeps {placeholders} and leaves no entry empty, in the complete sources', () => {
    const bad: string[] = [];
    for (const [source, file] of MEMORY_FILES) {
      if (!REQUIRED_COMPLETE.includes(source)) continue;
      for (const [zh, english] of Object.entries(file)) {
        const holders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
        if (english.trim() === '' || hasChinese(english) || holders(zh) !== holders(english))
          bad.push(`${source}: ${zh} → ${english}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('answers by exact text and leaves texts it does not hold as written', () => {
    expect(englishContent('算力券（东莞）')).toBe('Compute voucher (Dongguan)');
    expect(englishContent('实际服务额')).toBe('Actual service amount');
    expect(englishContent('东莞市松湖智联电子科技有限公司')).toBe('东莞市松湖智联电子科技有限公司');
  });

  it('keeps a document title in Chinese with its English gloss after it', () => {
    expect(glossedTitle('中山市推进“人工智能+”产业创新发展的若干政策措施')).toBe(
      '中山市推进“人工智能+”产业创新发展的若干政策措施 (Zhongshan policy measures to advance the innovative development of "AI+" industries)',
    );
  });

  it('translates content before composition, keeping quotes, numbers, issuers and place lists as written', () => {
    const when = new Date('2025-11-28T00:00:00Z');
    const doc = {
      title: '关于支持东莞市滨海湾新区人工智能产业高质量发展的若干措施',
      number: '粤府函〔2025〕1号',
      issuer: '广东省人民政府',
      region: { cities: ['东莞市'], label: '东莞市' },
      measures: [{ name: '数据交易奖励', quote: '数据交易奖励', notes: ['政策有效期内'], at: when }],
    };
    expect(toEnglishDeep(doc)).toEqual({
      title:
        '关于支持东莞市滨海湾新区人工智能产业高质量发展的若干措施 (Measures to support the high-quality development of the AI industry in the Binhaiwan New Area, Dongguan)',
      number: '粤府函〔2025〕1号',
      issuer: '广东省人民政府',
      region: { cities: ['东莞市'], label: 'Dongguan' },
      measures: [
        {
          name: 'Reward for data trading',
          quote: '数据交易奖励',
          notes: ['While the policy is in force'],
          at: when,
        },
      ],
    });
  });
});

describe('composed-text catalogs (assessments/i18n/composed)', () => {
  it('have the same keys in every language and no Chinese in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.entries(en).filter(([, v]) => hasChinese(v))).toEqual([]);
  });
});
