import type { Phrase } from '@engine/phrase';
import type { DiagnosisResult, Label } from '@engine/diagnosis/schema';
import type { EnterpriseProfile, SizeClass } from '@engine/enterprise';
import type { FundingInputs } from '@engine/funding';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { EvaluationResult } from '@engine/policy/result';
import type { PolicyCatalog } from '@engine/policy/schema';
import type { RecommendationResult } from '@engine/scenario/recommend';
import type { AnswerRecord, EvidenceRecord, ModelUpgradeNote } from '@contract/records';
import type { Messages } from './messages';
import type { ReportLanguage } from './schema';

/** Everything the report shows, gathered by the caller (service, CLI, bench). */
export interface ReportInput {
  readonly language: ReportLanguage;
  readonly reportId: string;
  readonly generatedAt: Date;
  readonly app: { readonly name: string; readonly version: string };
  readonly enterprise: { readonly profile: EnterpriseProfile; readonly sizeClass: SizeClass };
  readonly assessment: {
    readonly id: string;
    readonly consultantName: string;
    readonly consultantOrg: string;
    readonly createdAt: string;
    readonly completedAt: string | null;
    readonly updatedAt: string;
    readonly funding: FundingInputs;
    readonly answers: readonly AnswerRecord[];
    readonly evidence: ReadonlyArray<Omit<EvidenceRecord, 'assessmentId'>>;
    /** questionnaire upgrades the answers went through (absent: none) */
    readonly modelUpgrades?: readonly ModelUpgradeNote[] | undefined;
  };
  readonly questionnaire: Questionnaire;
  readonly diagnosis: DiagnosisResult;
  readonly evaluation: EvaluationResult;
  readonly recommendations: RecommendationResult;
  readonly catalog: PolicyCatalog;
  /** consultant settings; used when the assessment names no consultant */
  readonly settings?: { readonly consultantName: string; readonly organisation: string } | undefined;
}

/** What every section builder needs besides the input: the catalog and small formatters. */
export interface BuildContext {
  readonly input: ReportInput;
  readonly m: Messages;
  readonly t: (key: keyof Messages, vars?: Readonly<Record<string, string | number>>) => string;
  /** a {zh,en} label in the report language (zh-TW shows the zh text) */
  readonly pick: (label: Label) => string;
  /** a sentence the diagnosis engine composed (gap reason, condition detail…) in the report language */
  readonly phrase: (p: Phrase) => string;
  readonly date: (iso: string) => string;
  readonly score: (value: number, max: number) => string;
}
