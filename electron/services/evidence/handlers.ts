import type { Handlers } from '@contract/dispatch';
import type { ServiceContext } from '../context';

type EvidenceMethod = 'evidence.add' | 'evidence.list' | 'evidence.remove';

export const evidenceHandlers: Pick<Handlers<ServiceContext>, EvidenceMethod> = {
  'evidence.add': ({ base64, ...input }, { store }) =>
    store.evidence.add({ ...input, bytes: Buffer.from(base64, 'base64') }),
  'evidence.list': ({ assessmentId, itemId }, { store }) => ({
    items: store.evidence.list(assessmentId, itemId),
  }),
  'evidence.remove': ({ id }, { store }) => store.evidence.remove(id),
};
