import { z } from 'zod';
import { LEGACY_OTHER_DISTRICT } from './regions';

/** Qualifications an enterprise may hold; policy rules and the report refer to these ids. */
export const QUALIFICATIONS = [
  'high-tech', // 高新技术企业
  'srdi-sme', // 专精特新中小企业
  'srdi-little-giant', // 专精特新"小巨人"
  'single-champion', // 制造业单项冠军
  'innovative-sme', // 创新型中小企业
  'above-scale', // 规模以上工业企业 (规上)
] as const;
export const QualificationSchema = z.enum(QUALIFICATIONS);
export type Qualification = z.infer<typeof QualificationSchema>;

export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export const SizeClassSchema = z.enum(SIZE_CLASSES);
export type SizeClass = z.infer<typeof SizeClassSchema>;

/**
 * What else the enterprise does besides (or instead of) manufacturing; subsidy measures name
 * these as applicants (平台企业、数据服务企业、软件和信息技术服务业企业…). Manufacturing itself is
 * derived from industryCode (GB/T 4754 section C, divisions 13–43).
 */
export const ENTERPRISE_ROLES = [
  'software-it', // 互联网和相关服务业、软件和信息技术服务业企业
  'platform-operator', // 平台运营方（算力/模型/工业互联网/产业平台）
  'data-service', // 数据服务企业
  'park-operator', // 产业园区运营方
  'research-institute', // 高校院所、科研机构
  'modern-service', // 现代服务业企业
] as const;
export const EnterpriseRoleSchema = z.enum(ENTERPRISE_ROLES);
export type EnterpriseRole = z.infer<typeof EnterpriseRoleSchema>;

/** Tri-state so that "not yet asked" is distinguishable from "no" (drives "needs information"). */
export const TriStateSchema = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof TriStateSchema>;

/** Reads the pre-v2 boolean (see EnterpriseProfileSchema.independentAccounting). */
export function legacyIndependentAccounting(value: unknown): unknown {
  if (value === true) return undefined;
  if (value === false) return 'no';
  return value;
}
const IndependentAccountingSchema = z.preprocess(legacyIndependentAccounting, TriStateSchema.optional());

export const ManufacturingTypeSchema = z.enum(['discrete', 'process', 'mixed']);
export type ManufacturingType = z.infer<typeof ManufacturingTypeSchema>;

/** 统一社会信用代码: shape only here; the GB 32100 check character is verified by creditCode.ts. */
export const CreditCodeShapeSchema = z
  .string()
  .length(18, 'credit code must be 18 characters')
  .regex(/^[0-9A-HJ-NP-RT-UW-Y]{18}$/, 'credit code uses digits and upper-case letters without I O S V Z');

/**
 * Before schema v2 the form offered "其他区县" for anywhere but the few named areas: it says
 * neither where the firm is nor (with towns now listed) that it is outside them, so it reads as unknown.
 */
export function legacyDistrict(value: unknown): unknown {
  return value === LEGACY_OTHER_DISTRICT ? undefined : value;
}

export const RegionSchema = z.object({
  province: z.literal('广东省').default('广东省'),
  /** one of Guangdong's 21 prefecture-level cities, e.g. 东莞市 */
  city: z.string().min(2).max(16),
  /** district, new area or town where a policy names one, e.g. 黄埔区, 滨海湾新区, 虎门镇 */
  district: z.preprocess(legacyDistrict, z.string().max(32).optional()),
});
export type Region = z.infer<typeof RegionSchema>;

export const EnterpriseProfileSchema = z.object({
  name: z.string().trim().min(2).max(120),
  creditCode: CreditCodeShapeSchema,
  region: RegionSchema,
  /** GB/T 4754-2017 division code, e.g. '39' 计算机、通信和其他电子设备制造业 */
  industryCode: z.string().regex(/^[A-Z]?\d{2,4}$/),
  manufacturingType: ManufacturingTypeSchema,
  employees: z.number().int().min(0).max(10_000_000),
  /** annual operating revenue (营业收入) in 万元 */
  revenueWan: z.number().min(0).max(1e9),
  sizeClassOverride: SizeClassSchema.optional(),
  qualifications: z.array(QualificationSchema).max(QUALIFICATIONS.length).default([]),
  /** DCMM level held (GB/T 36073), 0 = none */
  dcmmLevel: z.number().int().min(0).max(5).default(0),
  /**
   * independent accounting entity (独立核算); 黄埔 article 15 asks for it. Absent means 'unknown'.
   * Before schema v2 this was a switch that started on (true) and was rarely touched, so a stored
   * true is read as unknown (a default, not an answer) and false as 'no'.
   */
  independentAccounting: IndependentAccountingSchema,
  /**
   * 人工智能企业 in the sense of 黄埔 穗开经信规字〔2025〕7号 第十五条: 专门从事人工智能基础理论研究、
   * 关键技术攻关、软硬件产品研发及行业应用推广的主体. Several measures are limited to such entities.
   * Absent means 'unknown' (optional rather than defaulted so profiles built before it stay valid).
   */
  aiEnterprise: TriStateSchema.optional(),
  /** absent means none besides what industryCode says */
  roles: z.array(EnterpriseRoleSchema).max(ENTERPRISE_ROLES.length).optional(),
  contact: z.string().max(120).default(''),
});
export type EnterpriseProfile = z.infer<typeof EnterpriseProfileSchema>;
