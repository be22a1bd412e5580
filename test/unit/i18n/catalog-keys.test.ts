import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Keys written twice in one object of a JSON text (JSON.parse keeps the last one silently). */
function duplicateKeys(text: string): string[] {
  const stack: (Set<string> | null)[] = [];
  const found: string[] = [];
  const literal = /"(?:[^"\\]|\\.)*"/y;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{') stack.push(new Set());
    else if (ch === '[') stack.push(null);
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === '"') {
      literal.lastIndex = i;
      const token = literal.exec(text)![0];
      i += token.length - 1;
      const keys = stack[stack.length - 1];
      if (keys && /^\s*:/.test(text.slice(i + 1, i + 8))) {
        const key = JSON.parse(token) as string;
        if (keys.has(key)) found.push(key);
        keys.add(key);
      }
    }
  }
  return found;
}

function catalogFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? catalogFiles(path.join(dir, e.name))
      : e.name.endsWith('.json')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('message catalogs and translation memories', () => {
  it('finds a key written twice (the check itself)', () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual(['a']);
  });

  // a second "col.source" once silently renamed the gate table's 依据 column to 作答人 / 现场查看
  it.each(catalogFiles(path.resolve('assessments/i18n')))('%s writes no key twice in one object', (file) => {
    expect(duplicateKeys(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
