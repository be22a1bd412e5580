import type { PortfolioRow } from '@contract/methods/portfolio';
import type { AssessmentSummary, EnterpriseRecord } from '@contract/records';
import type { Store } from '../store';
import type { StoredDigest } from '../store/repositories/digests';
import {
  AssessmentDigestSchema,
  digestAssessment,
  type AssessmentDigest,
  type DigestSources,
} from './digest';
import { contentFingerprint, DIGEST_FORMAT, validityEpoch } from './digest-key';

/** Everything the whole store holds: the portfolio filters this in memory. */
const ALL = 1_000_000_000;

interface CachedDigest {
  readonly key: string;
  readonly digest: AssessmentDigest;
}

export interface PortfolioEntry {
  readonly row: PortfolioRow;
  readonly digest: AssessmentDigest;
  readonly enterprise: EnterpriseRecord;
}

/**
 * Portfolio rows with their digests. A digest is recomputed only when its assessment, its
 * enterprise's profile, the model, the catalog (or which of its policy windows are open) or the
 * program changed, so filtering 10 000 assessments costs one listing query and an array walk.
 * Digests are kept in the database too, so a restart does not run the engine 10 000 times.
 */
export class PortfolioIndex {
  private readonly digests = new Map<string, CachedDigest>();
  private readonly enterprises = new Map<string, EnterpriseRecord>();
  /** digests read from the database, parsed only when their key still matches */
  private stored: Map<string, StoredDigest> | undefined;
  private built: { readonly stamp: string; readonly entries: PortfolioEntry[] } | undefined;

  constructor(private readonly sources: DigestSources) {}

  /** Every assessment with its digest; rebuilt only after a write, a policy window change or another catalog. */
  entries(store: Store, date: string): PortfolioEntry[] {
    const { policy } = this.sources.policies.load();
    const context = [
      DIGEST_FORMAT,
      this.sources.programVersion,
      policy.version,
      contentFingerprint(policy),
      validityEpoch(policy, date),
    ].join('|');
    if (this.built?.stamp !== `${store.changeStamp()}|${context}`) {
      const entries = this.build(store, date, context);
      // stamped after the build, whose stored digests are a write of their own
      this.built = { stamp: `${store.changeStamp()}|${context}`, entries };
    }
    return this.built.entries;
  }

  private build(store: Store, date: string, context: string): PortfolioEntry[] {
    const changed = new Map(
      store.enterprises.list({ query: '', offset: 0, limit: ALL }).items.map((e) => [e.id, e.updatedAt]),
    );
    const summaries = store.assessments.list({ offset: 0, limit: ALL }).items;
    const stored = (this.stored ??= store.digests.all());
    const fresh = new Map<string, StoredDigest>();
    const entries = summaries.map((summary) => {
      const enterprise = this.enterprise(store, summary.enterpriseId, changed.get(summary.enterpriseId));
      const key = this.keyOf(summary, enterprise, context);
      let digest = this.known(summary.id, key, stored);
      if (!digest) {
        digest = this.compute(store, summary, enterprise, date);
        fresh.set(summary.id, { key, json: JSON.stringify(digest) });
      }
      this.digests.set(summary.id, { key, digest });
      return { row: toRow(summary, enterprise, digest), digest, enterprise };
    });
    store.digests.put(fresh);
    return entries;
  }

  private keyOf(summary: AssessmentSummary, enterprise: EnterpriseRecord, context: string): string {
    const questionnaire = this.sources.models.questionnaire(summary.modelId, summary.modelVersion);
    const model = `${summary.modelId}@${summary.modelVersion}:${questionnaire ? contentFingerprint(questionnaire) : 'none'}`;
    return `${summary.revision}|${summary.updatedAt}|${enterprise.updatedAt}|${model}|${context}`;
  }

  /** The digest for `key` from memory, else from the database; undefined when it must be computed. */
  private known(id: string, key: string, stored: Map<string, StoredDigest>): AssessmentDigest | undefined {
    const cached = this.digests.get(id);
    if (cached?.key === key) return cached.digest;
    const row = stored.get(id);
    stored.delete(id);
    if (row?.key !== key) return undefined;
    // a row this version cannot read is recomputed, never trusted
    const parsed = AssessmentDigestSchema.safeParse(JSON.parse(row.json));
    return parsed.success ? parsed.data : undefined;
  }

  private enterprise(store: Store, id: string, updatedAt: string | undefined): EnterpriseRecord {
    const known = this.enterprises.get(id);
    if (known && known.updatedAt === updatedAt) return known;
    const fresh = store.enterprises.get(id);
    this.enterprises.set(id, fresh);
    return fresh;
  }

  private compute(
    store: Store,
    summary: AssessmentSummary,
    enterprise: EnterpriseRecord,
    date: string,
  ): AssessmentDigest {
    return digestAssessment(
      this.sources,
      store.assessments.get(summary.id),
      store.answers.list(summary.id),
      enterprise.profile,
      date,
    );
  }
}

function toRow(s: AssessmentSummary, e: EnterpriseRecord, d: AssessmentDigest): PortfolioRow {
  return {
    assessmentId: s.id,
    enterpriseId: e.id,
    enterpriseName: e.profile.name,
    creditCode: e.profile.creditCode,
    city: e.profile.region.city,
    district: e.profile.region.district ?? null,
    industryCode: e.profile.industryCode,
    sizeClass: e.sizeClass,
    status: s.status,
    date: s.completedAt ?? s.updatedAt,
    consultantName: s.consultantName,
    tierRank: d.tierRank,
    tierLabel: d.tierLabel,
    tierPending: d.tierPending,
    cmmmLevel: d.cmmmLevel,
    smeLevel: d.smeLevel,
    subsidyTodayWan: d.subsidyTodayWan,
    subsidyUnspecified: d.subsidyUnspecified,
    competitiveCapWan: d.competitiveCapWan,
    eligibleCount: d.eligible.length,
    answeredCount: s.answeredCount,
  };
}
