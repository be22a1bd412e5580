import type { AnswerValue } from '@engine/answer';
import type { OwnedItem } from '@engine/model/schema';

/**
 * How an answer reads in the questionnaire workbook, and back. Every format is plain text an
 * enterprise can type in Excel; parsing returns a Chinese reason when the text does not fit.
 */
const SATISFACTION = { full: '全部满足', most: '大部分满足', partial: '部分满足', none: '不满足' } as const;
type Satisfaction = keyof typeof SATISFACTION;
const NA = '不适用';
const SEP = '；';
const TYPE_NAMES: Record<OwnedItem['type'], string> = {
  level: '等级',
  satisfaction: '满足程度',
  boolean: '是/否',
  figures: '数据',
  choices: '选项',
};

export const typeName = (item: OwnedItem): string => TYPE_NAMES[item.type];

/** What the enterprise may write, shown next to the answer cell. */
export function answerGuide(item: OwnedItem): string {
  const na = item.naAllowed ? `\n或填「${NA}」` : '';
  switch (item.type) {
    case 'level': {
      const rows = item.levels.map((l) => `${l.level}：${l.text}`);
      return [`0：${item.belowFirst ?? '未达到第 1 级'}`, ...rows].join('\n') + na;
    }
    case 'satisfaction':
      return `${item.requirement}\n填：${Object.values(SATISFACTION).join(' / ')}${na}`;
    case 'boolean':
      return `填：是 / 否${na}`;
    case 'figures':
      return `按「名称=数值」填写，用「${SEP}」分隔：\n${item.fields.map((f) => `${f.label.zh}=…${f.unit}`).join(SEP)}${na}`;
    case 'choices':
      return `${item.select === 'single' ? '选一项' : '可多选，用「；」分隔'}：\n${item.options.map((o) => o.label.zh).join(SEP)}${na}`;
  }
}

export function formatAnswer(item: OwnedItem, value: AnswerValue | null): string {
  if (!value) return '';
  switch (value.kind) {
    case 'na':
      return NA;
    case 'level':
      return String(value.level);
    case 'satisfaction':
      return SATISFACTION[value.value];
    case 'boolean':
      return value.value ? '是' : '否';
    case 'figures':
      return item.type === 'figures'
        ? item.fields
            .filter((f) => value.figures[f.id] !== undefined)
            .map((f) => `${f.label.zh}=${value.figures[f.id]}`)
            .join(SEP)
        : '';
    case 'choices':
      return item.type === 'choices'
        ? item.options
            .filter((o) => value.selected.includes(o.id))
            .map((o) => o.label.zh)
            .join(SEP)
        : '';
  }
}

export type Parsed = { ok: true; value: AnswerValue } | { ok: false; reason: string };
const fail = (reason: string): Parsed => ({ ok: false, reason });
const parts = (text: string) =>
  text
    .split(/[；;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

function parseLevel(text: string, max: number): Parsed {
  if (!/^\d+$/.test(text)) return fail(`等级应填 0 到 ${max} 的整数，不能是「${text}」`);
  const level = Number(text);
  if (level > max) return fail(`等级「${text}」超出范围（0 到 ${max}）`);
  return { ok: true, value: { kind: 'level', level } };
}

function parseSatisfaction(text: string): Parsed {
  const key = (Object.keys(SATISFACTION) as Satisfaction[]).find(
    (k) => SATISFACTION[k] === text || SATISFACTION[k].replace('满足', '') === text,
  );
  return key
    ? { ok: true, value: { kind: 'satisfaction', value: key } }
    : fail(`满足程度应为 ${Object.values(SATISFACTION).join('、')} 之一，不能是「${text}」`);
}

function parseFigures(item: Extract<OwnedItem, { type: 'figures' }>, text: string): Parsed {
  const figures: Record<string, number> = {};
  for (const part of parts(text)) {
    const [name = '', raw = ''] = part.split(/[=＝]/).map((s) => s.trim());
    const field = item.fields.find((f) => f.label.zh === name);
    if (!field) return fail(`没有名为「${name}」的数据项`);
    const n = Number(raw.replace(/,/g, ''));
    if (raw === '' || !Number.isFinite(n) || n < 0 || n > 1e12)
      return fail(`「${name}」的数值「${raw}」不是 0 到 1e12 之间的数`);
    figures[field.id] = n;
  }
  return { ok: true, value: { kind: 'figures', figures } };
}

function parseChoices(item: Extract<OwnedItem, { type: 'choices' }>, text: string): Parsed {
  const selected: string[] = [];
  for (const label of parts(text)) {
    const option = item.options.find((o) => o.label.zh === label);
    if (!option) return fail(`没有名为「${label}」的选项`);
    if (!selected.includes(option.id)) selected.push(option.id);
  }
  if (item.select === 'single' && selected.length > 1) return fail('这道题只能选一项');
  return { ok: true, value: { kind: 'choices', selected } };
}

/** Reads one answer cell; the caller has already skipped blank cells. */
export function parseAnswer(item: OwnedItem, raw: string): Parsed {
  const text = raw.trim();
  if (text === NA)
    return item.naAllowed ? { ok: true, value: { kind: 'na' } } : fail('这道题不能填「不适用」');
  switch (item.type) {
    case 'level':
      return parseLevel(text, Math.max(...item.levels.map((l) => l.level)));
    case 'satisfaction':
      return parseSatisfaction(text);
    case 'boolean':
      return text === '是' || text === '否'
        ? { ok: true, value: { kind: 'boolean', value: text === '是' } }
        : fail(`应填「是」或「否」，不能是「${text}」`);
    case 'figures':
      return parseFigures(item, text);
    case 'choices':
      return parseChoices(item, text);
  }
}
