/**
 * The five 要素条件 dimensions of the smart-factory tiers (智能工厂梯度培育) that typical scenarios,
 * scores and the radar chart are grouped by.
 */
export const DIMENSIONS = ['factory', 'rnd', 'operation', 'production', 'management'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];

export const DIMENSION_NAMES: Record<DimensionId, { zh: string; en: string }> = {
  factory: { zh: '工厂建设', en: 'Factory build-out' },
  rnd: { zh: '研发设计', en: 'R&D and design' },
  operation: { zh: '生产作业', en: 'Production operations' },
  production: { zh: '生产管理', en: 'Production management' },
  management: { zh: '运营管理', en: 'Business operations' },
};
