import { createHash } from 'node:crypto';
import type { PolicyCatalog, Validity } from '@engine/policy/schema';

/** Bump when AssessmentDigest's shape or meaning changes: every stored digest is then recomputed. */
export const DIGEST_FORMAT = 2;

const fingerprints = new WeakMap<object, string>();

/**
 * A short hash of a loaded catalog or questionnaire, computed once per loaded object: a pack edited
 * without a version bump (during development) still invalidates the digests made from it.
 */
export function contentFingerprint(content: object): string {
  let hash = fingerprints.get(content);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
    fingerprints.set(content, hash);
  }
  return hash;
}

function validities(catalog: PolicyCatalog): Validity[] {
  return catalog.documents.flatMap((doc) => [doc.validity, ...doc.measures.flatMap((m) => m.validity ?? [])]);
}

/**
 * How many of the catalog's validity boundaries `date` has passed. The evaluation reads the date
 * only through these windows (not yet valid before `from`, expired after `to`), so every day with
 * the same epoch gives the same digest: a new day recomputes nothing unless a window opened or closed.
 */
export function validityEpoch(catalog: PolicyCatalog, date: string): number {
  let passed = 0;
  for (const v of validities(catalog)) {
    if (date >= v.from) passed++;
    if (v.to !== null && date > v.to) passed++;
  }
  return passed;
}
