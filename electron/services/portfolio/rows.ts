import type { PortfolioRow } from '../../api/methods/portfolio';
import type { AssessmentSummary, EnterpriseRecord } from '../../api/records';
import type { Store } from '../store';
import { digestAssessment, type AssessmentDigest, type DigestSources } from './digest';

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
 * Portfolio rows with their digests. A digest is recomputed only when its assessment's revision,
 * its enterprise's profile, the day or the catalog changed, so filtering 10 000 assessments
 * costs one listing query and an array walk.
 */
export class PortfolioIndex {
  private readonly digests = new Map<string, CachedDigest>();
  private readonly enterprises = new Map<string, EnterpriseRecord>();
  private built: { readonly stamp: string; readonly entries: PortfolioEntry[] } | undefined;

  constructor(private readonly sources: DigestSources) {}

  /** Every assessment with its digest; rebuilt only after a write, a new day or another catalog. */
  entries(store: Store, date: string): PortfolioEntry[] {
    const catalog = this.sources.policies.load().policy.version;
    const stamp = `${store.changeStamp()}|${date}|${catalog}`;
    if (this.built?.stamp !== stamp) this.built = { stamp, entries: this.build(store, date, catalog) };
    return this.built.entries;
  }

  private build(store: Store, date: string, catalog: string): PortfolioEntry[] {
    const changed = new Map(
      store.enterprises.list({ query: '', offset: 0, limit: ALL }).items.map((e) => [e.id, e.updatedAt]),
    );
    const summaries = store.assessments.list({ offset: 0, limit: ALL }).items;
    return summaries.map((summary) => {
      const enterprise = this.enterprise(store, summary.enterpriseId, changed.get(summary.enterpriseId));
      const key = `${summary.revision}|${enterprise.updatedAt}|${date}|${catalog}|${summary.modelVersion}`;
      const digest = this.digest(store, summary, enterprise, key, date);
      return { row: toRow(summary, enterprise, digest), digest, enterprise };
    });
  }

  private enterprise(store: Store, id: string, updatedAt: string | undefined): EnterpriseRecord {
    const known = this.enterprises.get(id);
    if (known && known.updatedAt === updatedAt) return known;
    const fresh = store.enterprises.get(id);
    this.enterprises.set(id, fresh);
    return fresh;
  }

  private digest(
    store: Store,
    summary: AssessmentSummary,
    enterprise: EnterpriseRecord,
    key: string,
    date: string,
  ): AssessmentDigest {
    const cached = this.digests.get(summary.id);
    if (cached && cached.key === key) return cached.digest;
    const record = store.assessments.get(summary.id);
    const digest = digestAssessment(
      this.sources,
      record,
      store.answers.list(summary.id),
      enterprise.profile,
      date,
    );
    this.digests.set(summary.id, { key, digest });
    return digest;
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
