/**
 * "File paths only from dialogs the user answered": no contract method takes a path from the
 * renderer. Files come in as bytes (base64) and go out through the shell's save dialog.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../../electron/api/contract';

const PATH_LIKE = /(path|dir|directory|folder|url|uri)$/i;

function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) propertyNames(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object')
        for (const name of Object.keys(value)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}

describe('contract inputs', () => {
  it('no method accepts a file-system path from the renderer', () => {
    const offenders: string[] = [];
    for (const method of METHODS) {
      const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' });
      for (const name of propertyNames(schema)) if (PATH_LIKE.test(name)) offenders.push(`${method}.${name}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the scan would notice one', () => {
    const schema = z.toJSONSchema(z.object({ nested: z.object({ savePath: z.string() }) }));
    expect([...propertyNames(schema)].filter((n) => PATH_LIKE.test(n))).toEqual(['savePath']);
  });
});
