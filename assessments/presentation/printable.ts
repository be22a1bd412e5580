/**
 * Text the PDF cannot draw. The report embeds Noto Sans SC/TC, which have no colour emoji and few
 * pictographs; without care such characters print as empty boxes. The report replaces every
 * character its fonts lack with a readable word ("[表情]"), and the UI warns while the note is
 * typed, with the rule below (pictographs the embedded fonts lack).
 */

/** Pictographs Noto Sans SC does draw (checked against the shipped 400Regular file). */
const DRAWN = new Set([
  0xa9, 0xae, 0x203c, 0x2049, 0x2122, 0x2194, 0x2195, 0x2196, 0x2197, 0x2198, 0x2199, 0x24c2, 0x25aa, 0x25ab,
  0x25b6, 0x25c0, 0x2600, 0x2601, 0x2602, 0x2603, 0x260e, 0x261d, 0x262f, 0x2640, 0x2642, 0x2660, 0x2663,
  0x2665, 0x2666, 0x2668, 0x267b, 0x26a0, 0x26bd, 0x26be, 0x2702, 0x27a1, 0x2934, 0x2935, 0x2b05, 0x2b06,
  0x2b07, 0x3030, 0x303d, 0x3297, 0x3299, 0x1f170, 0x1f171, 0x1f17e, 0x1f17f, 0x1f18e, 0x1f191, 0x1f192,
  0x1f193, 0x1f194, 0x1f195, 0x1f196, 0x1f197, 0x1f198, 0x1f199, 0x1f19a, 0x1f201, 0x1f202, 0x1f21a, 0x1f22f,
  0x1f232, 0x1f233, 0x1f234, 0x1f235, 0x1f236, 0x1f237, 0x1f238, 0x1f239, 0x1f23a, 0x1f250, 0x1f251,
]);

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** joiners and selectors that only make sense inside an emoji sequence */
const EMOJI_GLUE = /\u200d|\ufe0e|\ufe0f|\u20e3|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]/u;

/** Common marks consultants type, named; any other missing character gets the generic word. */
const NAMED: Readonly<Record<string, { zh: string; en: string }>> = {
  '✔': { zh: '✓', en: '✓' },
  '✅': { zh: '✓', en: '✓' },
  '☑': { zh: '✓', en: '✓' },
  '✗': { zh: '×', en: '×' },
  '✘': { zh: '×', en: '×' },
  '❌': { zh: '×', en: '×' },
  '❎': { zh: '×', en: '×' },
  '☒': { zh: '×', en: '×' },
  '❗': { zh: '！', en: '!' },
  '❓': { zh: '？', en: '?' },
  '👍': { zh: '[赞]', en: '[thumbs up]' },
  '👎': { zh: '[差评]', en: '[thumbs down]' },
  '❤': { zh: '[心]', en: '[heart]' },
  '🔥': { zh: '[火]', en: '[fire]' },
  '📷': { zh: '[照片]', en: '[photo]' },
  '📎': { zh: '[附件]', en: '[attachment]' },
};

export type PrintLanguage = 'zh' | 'en';

function codePoints(cluster: string): number[] {
  return [...cluster].map((c) => c.codePointAt(0)!);
}

/** The readable stand-in for one grapheme cluster the fonts cannot draw. */
export function substituteFor(cluster: string, language: PrintLanguage): string {
  const base = [...cluster].find((c) => !EMOJI_GLUE.test(c)) ?? '';
  const named = NAMED[base];
  if (named) return named[language];
  if (PICTOGRAPH.test(base)) return language === 'en' ? '[emoji]' : '[表情]';
  const hex = (base.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `[U+${hex}]`;
}

// built on first need: constructing a segmenter loads ICU's break rules (tens of ms), and most
// texts have nothing to replace (the cold report budget, docs/architecture.md §6)
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) =>
  (segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' })).segment(text);

/**
 * Replaces each grapheme cluster that has a character `drawable` rejects (emoji glue excepted)
 * with its stand-in. Text with nothing to replace comes back as the same string.
 */
export function printableText(
  text: string,
  drawable: (codePoint: number) => boolean,
  language: PrintLanguage,
): string {
  let missing = false;
  for (const ch of text) {
    if (!drawable(ch.codePointAt(0)!) && !/\s/.test(ch)) {
      missing = true;
      break;
    }
  }
  if (!missing) return text;
  let out = '';
  for (const { segment } of graphemes(text)) {
    const kept = [...segment].filter((c) => !EMOJI_GLUE.test(c));
    const lacks = kept.some((c) => !drawable(c.codePointAt(0)!) && !/\s/.test(c));
    out += lacks ? substituteFor(segment, language) : kept.join('');
  }
  return out;
}

/** The pictographs in a text that the report will not print as typed (for the UI's warning). */
export function unprintablePictographs(text: string): string[] {
  const found: string[] = [];
  for (const { segment } of graphemes(text)) {
    const lacks = codePoints(segment).some(
      (cp) => PICTOGRAPH.test(String.fromCodePoint(cp)) && !DRAWN.has(cp),
    );
    if (lacks && !found.includes(segment)) found.push(segment);
  }
  return found;
}

/**
 * Typographic quotes touching Latin text, as ASCII. The embedded CJK fonts draw ‘ ’ “ ” one em
 * wide, so "standard’s" prints as "standard’ s"; beside Chinese text they stay as they are.
 */
export function latinQuotes(text: string): string {
  return text
    .replace(/(?<=[A-Za-z0-9])[\u2018\u2019]|[\u2018\u2019](?=[A-Za-z0-9])/g, "'")
    .replace(/\u201c(?=[\x21-\x7e])|(?<=[\x21-\x7e])\u201d/g, '"');
}
