import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../electron/api/contract';
import { dispatch } from '../../../electron/api/dispatch';
import { createContext, closeContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';

type JsonNode = Record<string, unknown>;

/** A format or an anchored pattern without open-ended repetition cannot grow without limit. */
function boundedByShape(node: JsonNode): boolean {
  if (node.enum !== undefined || node.const !== undefined) return true;
  if (node.format === 'uuid' || node.format === 'date' || node.format === 'date-time') return true;
  const pattern = typeof node.pattern === 'string' ? node.pattern : undefined;
  return pattern !== undefined && /^\^.*\$$/.test(pattern) && !/[*+]|\{\d+,\}/.test(pattern);
}

function unboundedParts(node: unknown, at: string, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as JsonNode;
  if (n.type === 'string' && n.maxLength === undefined && !boundedByShape(n)) out.push(`${at} (string)`);
  if (n.type === 'array' && n.maxItems === undefined) out.push(`${at} (array)`);
  const open = n.type === 'object' && typeof n.additionalProperties === 'object';
  const enumKeys = (n.propertyNames as JsonNode | undefined)?.enum !== undefined;
  if (open && n.maxProperties === undefined && !enumKeys) out.push(`${at} (record)`);
  for (const [key, value] of Object.entries(n)) {
    if (Array.isArray(value)) value.forEach((v, i) => unboundedParts(v, `${at}.${key}[${i}]`, out));
    else unboundedParts(value, `${at}.${key}`, out);
  }
}

describe('every record in the contract is bounded', () => {
  it('no method input has a string, list or record without an upper bound', () => {
    const found: string[] = [];
    for (const [name, spec] of Object.entries(contract)) {
      const schema = z.toJSONSchema((spec as { input: z.ZodType }).input, {
        io: 'input',
        unrepresentable: 'any',
      });
      unboundedParts(schema, name, found);
    }
    expect(found).toEqual([]);
  });

  it('refuses a 9.5 MB figures answer and an oversized what-if before any work', async () => {
    const ctx = await createContext(makeTestHost());
    try {
      const figures = Object.fromEntries(
        Array.from({ length: 400_000 }, (_, i) => [`f${i}`.padEnd(20, 'x'), i]),
      );
      expect(JSON.stringify(figures).length).toBeGreaterThan(9_000_000);
      const answer = await dispatch(handlers, ctx, 'assessment.answer', {
        assessmentId: '00000000-0000-4000-8000-000000000000',
        itemId: 'sf.basic.1',
        value: { kind: 'figures', figures },
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(JSON.stringify(answer)).toMatch(/最多 32 项/);

      const answers = Object.fromEntries(
        Array.from({ length: 6_000 }, (_, i) => [`item.${i}`, { kind: 'level', level: 1 }]),
      );
      const whatIf = await dispatch(handlers, ctx, 'diagnosis.compute', {
        modelId: 'smart-factory-tiers',
        answers,
      });
      expect(whatIf).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(JSON.stringify(whatIf)).toMatch(/最多 5000 项/);
    } finally {
      closeContext(ctx);
    }
  });
});
