/**
 * Chinese line breaking with the kinsoku rules a formal document needs: closing punctuation never
 * starts a line, opening punctuation never ends one, 「——」 and 「……」 are never split. Latin words and
 * numbers (incl. "85%", "23.5", "GB/T 39116-2020") stay whole unless a single word is wider than the
 * line (hashes, URLs), which is then broken between characters. Pure: width comes from `measure`.
 */

/** Closing punctuation, stops and other marks that must not start a line. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）》」』】〕〉］｝”’・·％‰℃°',
  ...',.;:?!)]}%',
  '\u3005', // 々
  ...'ぁぃぅぇぉっゃゅょゎ', // small kana (rare here, cheap to include)
]);

/** Opening brackets and quotes that must not end a line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈［｛“‘', ...'([{', '¥', '￥', '$', '#', '№']);

/** Marks written doubled whose halves must stay together. */
const INSEPARABLE = new Set(['—', '…']);

export type Measure = (text: string) => number;

function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000';

/**
 * Splits text into atoms: one per CJK character or punctuation mark, one per run of
 * Latin letters/digits (with the punctuation that sits inside numbers and codes), one per space.
 */
export function atoms(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of text) {
    if (isSpace(ch)) {
      flush();
      out.push(' ');
    } else if (isCjk(ch) || NO_LINE_START.has(ch) || NO_LINE_END.has(ch) || INSEPARABLE.has(ch)) {
      // Latin word-internal marks ('.', ',', ':') continue a number/code: 1,234.5 · 10:30 · GB/T
      if (word && /[.,:]/.test(ch) && /[0-9A-Za-z]$/.test(word)) {
        word += ch;
        continue;
      }
      flush();
      out.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

// without spreading the string: segments grow, and these run once per atom
function firstChar(s: string): string {
  const cp = s.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}
function lastChar(s: string): string {
  if (s.length === 0) return '';
  const low = s.charCodeAt(s.length - 1);
  const high = s.length > 1 ? s.charCodeAt(s.length - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return s.slice(pair ? -2 : -1);
}

/** May a line break fall between these two adjacent atoms? */
export function canBreakBetween(before: string, after: string): boolean {
  if (after === ' ') return false; // break after the space instead
  if (lastChar(before) === ' ') return true;
  if (NO_LINE_START.has(firstChar(after))) return false;
  if (NO_LINE_END.has(lastChar(before))) return false;
  if (INSEPARABLE.has(lastChar(before)) && firstChar(after) === lastChar(before)) return false;
  return true;
}

/**
 * Tokens read as one: a number with its unit ("260.6 KB", "300 万元", "120/200 台", "60%"), a
 * telephone number ("0769-2289 0000") and a unified social credit code. A line never breaks inside them.
 */
const UNIT =
  '(?:%|‰|℃|KB|MB|GB|kB|B|kWh|万千瓦时|千瓦时|万元|亿元|元|万|台套|台|套|个|人|项|件|次|天|年|月|小时|分钟|吨|度|㎡|m²|m³)';
const PHONE = '0\\d{2,3}-\\d{3,4}\\s?\\d{4}|1\\d{2}\\s?\\d{4}\\s?\\d{4}';
const TOKEN = new RegExp(`${PHONE}|[0-9][0-9.,/]*\\s?${UNIT}(?![A-Za-z])|\\b[0-9A-Z]{18}\\b`, 'g');

function protectedEnds(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  for (const m of text.matchAll(TOKEN)) spans.set(m.index, m.index + m[0].length);
  return spans;
}

/** Atoms joined into the smallest pieces a line may be broken between. */
export function segments(text: string): string[] {
  const out: string[] = [];
  const spans = protectedEnds(text);
  let offset = 0;
  let holdUntil = -1;
  for (const a of atoms(text)) {
    const prev = out[out.length - 1];
    const inside = offset < holdUntil;
    if (prev !== undefined && (inside || !canBreakBetween(prev, a))) out[out.length - 1] = prev + a;
    else out.push(a);
    const end = spans.get(offset);
    if (end !== undefined) holdUntil = Math.max(holdUntil, end);
    offset += a.length;
  }
  return out;
}

/** Breaks one over-wide segment between characters, still honouring the punctuation rules. */
function splitWide(segment: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const ch of segment) {
    const w = measure(ch);
    if (line && lineWidth + w > width && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    line += ch;
    lineWidth += w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Greedy line filling over segments; a line's width is the sum of its segments' widths (CJK
 * has no kerning across them), so `measure` is called once per distinct segment, which the
 * caller can cache. Explicit '\n' starts a new line. Spaces at the start and end of a wrapped
 * line are dropped. Returns at least one (possibly empty) line per paragraph.
 */
export function breakLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const start = (piece: string) => {
      const body = piece.trimStart();
      if (measure(body.trimEnd()) <= width) {
        line = body;
        lineWidth = measure(body);
        return;
      }
      const word = body.trimEnd();
      const parts = splitWide(word, width, measure);
      lines.push(...parts.slice(0, -1));
      // the space after the word still separates it from the next one ("…tion policy")
      line = (parts[parts.length - 1] ?? '') + body.slice(word.length);
      lineWidth = measure(line);
    };
    for (const seg of segments(paragraph)) {
      if (line.trim() === '') {
        if (seg.trim() !== '') start(seg);
      } else if (lineWidth + measure(seg.trimEnd()) <= width) {
        line += seg;
        lineWidth += measure(seg);
      } else {
        lines.push(line.trimEnd());
        start(seg);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
