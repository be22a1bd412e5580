import type { z } from 'zod';

/** Reads a JSON column through its schema, so a hand-edited or damaged row fails loudly, not later. */
export function readJson<S extends z.ZodType>(schema: S, text: string, where: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`invalid JSON in ${where}: ${parsed.error.message}`);
  return parsed.data;
}

export function readJsonOrNull<S extends z.ZodType>(
  schema: S,
  text: string | null,
  where: string,
): z.output<S> | null {
  return text === null ? null : readJson(schema, text, where);
}

/** Reads a plain (non-JSON) column through its schema, failing loudly on a value the schema refuses. */
export function readColumn<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`invalid value in ${where}: ${parsed.error.message}`);
  return parsed.data;
}
