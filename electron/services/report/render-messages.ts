import { z } from 'zod';
import { ReportModelSchema } from './model/schema';

/**
 * What crosses into the report worker and back. Checked on the main-thread side (renderer.ts), where
 * zod is loaded anyway: the job before it is posted, the reply when it arrives. The worker itself
 * loads no zod, so its first report does not pay for it (docs/architecture.md §6, cold budget).
 */
export const RenderJobSchema = z.object({
  id: z.number().int(),
  model: ReportModelSchema,
  script: z.enum(['sc', 'tc']),
  fonts: z.object({
    regular: z.string(),
    bold: z.string(),
    fallback: z.object({ regular: z.string(), bold: z.string() }).optional(),
  }),
});
export type RenderJob = z.infer<typeof RenderJobSchema>;

export const RenderReplySchema = z.discriminatedUnion('ok', [
  z.object({
    id: z.number().int(),
    ok: z.literal(true),
    bytes: z.instanceof(Uint8Array),
    pages: z.number().int(),
  }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type RenderReply = z.infer<typeof RenderReplySchema>;
