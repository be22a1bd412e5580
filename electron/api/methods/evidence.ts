import { z } from 'zod';
import { ItemIdSchema } from '@engine/answer';
import { method } from '../method';
import {
  base64Of,
  ById,
  EvidenceRecordSchema,
  FileNameSchema,
  IdSchema,
  MAX_EVIDENCE_BYTES,
  MimeTypeSchema,
  WriteAck,
} from '../records';

/** Evidence files attached to an assessment or one of its items. */
export const evidenceMethods = {
  'evidence.add': method(
    z.object({
      assessmentId: IdSchema,
      itemId: ItemIdSchema.nullable().default(null),
      fileName: FileNameSchema,
      mimeType: MimeTypeSchema.default('application/octet-stream'),
      base64: base64Of(MAX_EVIDENCE_BYTES),
    }),
    EvidenceRecordSchema,
  ),
  'evidence.list': method(
    z.object({ assessmentId: IdSchema, itemId: ItemIdSchema.optional() }),
    z.object({ items: z.array(EvidenceRecordSchema) }),
  ),
  'evidence.remove': method(ById, WriteAck),
};
