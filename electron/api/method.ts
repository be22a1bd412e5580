import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
}

/** Declares one contract method: the schema its input must pass and the shape it returns. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}
