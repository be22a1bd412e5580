import { createHash } from 'node:crypto';
import { diagnose } from '@engine/diagnosis/diagnose';
import type { AnswerMap } from '@engine/answer';
import type { DiagnosisResult } from '@engine/diagnosis/schema';
import type { EnterpriseProfile, SizeClass } from '@engine/enterprise';
import { evaluate } from '@engine/policy/evaluate';
import { factsFromDiagnosis } from '@engine/policy/from-diagnosis';
import { recommend } from '@engine/scenario/recommend';
import { deriveSizeClass } from '@engine/size-class';
import { AppError } from '@contract/errors';
import type { ModelRegistry } from '../catalog/models';
import type { PolicyCatalogService } from '../catalog/policies';
import type { AssessmentDocument } from '../store/document';
import { chinaDay } from '@engine/china-day';
import type { ReportInput } from './model/input';
import type { ReportLanguage } from './model/schema';

export interface GatherOptions {
  readonly profile: EnterpriseProfile;
  readonly doc: AssessmentDocument;
  readonly models: ModelRegistry;
  readonly policies: PolicyCatalogService;
  readonly language?: ReportLanguage | undefined;
  readonly settings?: { consultantName: string; organisation: string } | undefined;
  readonly app: { name: string; version: string };
  readonly now?: Date | undefined;
  readonly reportId?: string | undefined;
}

/** Answers the engine scores: the saved values, without the notes-only rows. */
export function answerMap(doc: AssessmentDocument): AnswerMap {
  const map: Record<string, NonNullable<AssessmentDocument['answers'][number]['value']>> = {};
  for (const a of doc.answers) if (a.value) map[a.itemId] = a.value;
  return map;
}

/**
 * The report number of one assessment revision, e.g. SFD-1A2B3C4D-R012: eight hex digits of the
 * assessment id's SHA-256 and the revision. Exporting the same revision again gives the same number;
 * any saved change (answers, evidence, funding inputs, status) raises the revision and so the number,
 * and the "R" part names the revision to look up in the assessment's history.
 */
export function revisionReportId(assessmentId: string, revision: number): string {
  const tag = createHash('sha256').update(assessmentId).digest('hex').slice(0, 8).toUpperCase();
  return `SFD-${tag}-R${String(revision).padStart(3, '0')}`;
}

export function diagnoseDocument(
  doc: AssessmentDocument,
  profile: EnterpriseProfile,
  models: ModelRegistry,
): DiagnosisResult {
  const questionnaire = models.questionnaire(doc.modelId, doc.modelVersion);
  if (!questionnaire) {
    throw new AppError(
      'unsupported_version',
      `评估使用的问卷模型「${doc.modelId}」版本 ${doc.modelVersion} 在本程序中不存在`,
      {
        modelId: doc.modelId,
        modelVersion: doc.modelVersion,
      },
    );
  }
  return diagnose({ questionnaire, answers: answerMap(doc), profile });
}

/** Runs the engine, the subsidy evaluation and the scenario ranking: everything the report shows. */
export function gatherReportInput(options: GatherOptions): ReportInput {
  const { doc, profile, models } = options;
  const now = options.now ?? new Date();
  const questionnaire = models.questionnaire(doc.modelId, doc.modelVersion);
  const diagnosis = diagnoseDocument(doc, profile, models);
  const { policy, scenarios } = options.policies.load();
  const date = chinaDay(now);
  const context = { profile, funding: doc.fundingInputs, facts: factsFromDiagnosis(diagnosis), date };
  // one evaluation: the subsidy section and the scenarios' funding show the same figures
  const evaluation = evaluate(policy, context);
  const sizeClass: SizeClass =
    profile.sizeClassOverride ?? deriveSizeClass(profile.employees, profile.revenueWan);
  return {
    language: options.language ?? 'zh-CN',
    reportId: options.reportId ?? revisionReportId(doc.id, doc.revision),
    generatedAt: now,
    app: options.app,
    enterprise: { profile, sizeClass },
    assessment: {
      id: doc.id,
      consultantName: doc.consultantName,
      consultantOrg: doc.consultantOrg,
      createdAt: doc.createdAt,
      completedAt: doc.completedAt,
      updatedAt: doc.updatedAt,
      funding: doc.fundingInputs,
      answers: doc.answers,
      evidence: doc.evidence,
      modelUpgrades: doc.modelUpgrades,
    },
    questionnaire: questionnaire!,
    diagnosis,
    evaluation,
    recommendations: recommend(policy, scenarios, context, evaluation),
    catalog: policy,
    settings: options.settings,
  };
}
