/**
 * Which characters give a script away, for the per-language tests and the line counts in the
 * issue. Simplified-only: a character OpenCC's STCharacters table converts, that is not one of
 * its own Traditional forms (后 → 後|后 is both) and that Taiwan's standard forms do not keep
 * either (群 → 羣 in the table, but Taiwan writes 群).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js/cn2t';

function loadSimplifiedOnly(): ReadonlySet<string> {
  // read from the repository's node_modules (the package exports no typed path to its tables)
  const dir = path.resolve('node_modules', 'opencc-js');
  const source = readFileSync(path.join(dir, 'dist/esm-lib/dict/STCharacters.js'), 'utf8');
  const table = /"([^"]*)"/.exec(source)?.[1] ?? '';
  const taiwan = Converter({ from: 'cn', to: 'tw' });
  const only = new Set<string>();
  for (const entry of table.split('|')) {
    const [simplified = '', ...traditional] = entry.split(' ');
    if (simplified && !traditional.includes(simplified) && taiwan(simplified) !== simplified) {
      only.add(simplified);
    }
  }
  return only;
}

export const SIMPLIFIED_ONLY = loadSimplifiedOnly();

export function simplifiedOnlyChars(text: string): string[] {
  return [...text].filter((c) => SIMPLIFIED_ONLY.has(c));
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** `text` with each listed passage removed (quotes, proper names, document titles). */
export function without(text: string, passages: readonly string[]): string {
  let out = text;
  for (const p of [...passages].sort((a, b) => b.length - a.length)) if (p) out = out.split(p).join(' ');
  return out;
}
