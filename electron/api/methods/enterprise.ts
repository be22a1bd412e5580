import { z } from 'zod';
import { EnterpriseProfileSchema } from '@engine/enterprise';
import { method } from '../method';
import { ById, EnterpriseRecordSchema, EnterpriseSummarySchema, IdSchema, page, Paging } from '../records';

/** Enterprises: the list with search, one record, and saving its profile. */
export const enterpriseMethods = {
  'enterprise.list': method(
    z.object({
      /** matches name, credit code or city (substring) */
      query: z.string().trim().max(60).default(''),
      city: z.string().max(16).optional(),
      ...Paging,
    }),
    page(EnterpriseSummarySchema),
  ),
  'enterprise.get': method(ById, EnterpriseRecordSchema),
  'enterprise.save': method(
    z.object({ id: IdSchema.optional(), profile: EnterpriseProfileSchema }),
    EnterpriseRecordSchema,
  ),
};
