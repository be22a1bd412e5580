/**
 * The 40 typical scenarios (典型场景) of 《智能制造典型场景参考指引(2025年版)(征求意见稿)》, with the
 * five 要素条件 dimensions they count towards. Names 1–8 are confirmed from the published draft;
 * 9–40 come from a third-party encoding of the guide (partial); the stage→dimension mapping is our
 * inference.
 * Ids are stable: the tiers model and the AI-scenario catalog both refer to them.
 */
import type { DimensionId } from './dimensions';

export interface TypicalScenario {
  readonly id: string;
  readonly no: number;
  /** 环节 as the guide names it */
  readonly stage: string;
  readonly dimension: DimensionId;
  readonly zh: string;
  readonly en: string;
  readonly confidence: 'confirmed' | 'partial';
}

type Row = readonly [string, DimensionId, string, string];

const ROWS: readonly Row[] = [
  ['工厂建设', 'factory', '工厂数字化规划设计', 'Digital factory planning and design'],
  ['工厂建设', 'factory', '数字基础设施建设', 'Digital infrastructure'],
  ['工厂建设', 'factory', '数字孪生工厂构建', 'Digital-twin factory'],
  ['产品研发', 'rnd', '产品数字化设计', 'Digital product design'],
  ['产品研发', 'rnd', '产品虚拟验证', 'Virtual product validation'],
  ['工艺设计', 'rnd', '工艺数字化设计', 'Digital process design'],
  ['工艺设计', 'rnd', '制造工程优化', 'Manufacturing engineering optimisation'],
  ['生产管理', 'production', '生产计划优化', 'Production planning optimisation'],
  ['生产管理', 'production', '车间智能排产', 'Intelligent shop-floor scheduling'],
  ['生产管理', 'production', '生产进度跟踪', 'Production progress tracking'],
  ['生产管理', 'production', '生产动态调度', 'Dynamic production dispatching'],
  ['生产管理', 'production', '仓储智能管理', 'Intelligent warehousing'],
  ['生产管理', 'production', '物料精准配送', 'Precise material delivery'],
  ['生产管理', 'production', '危险作业自动化', 'Automation of hazardous work'],
  ['生产管理', 'production', '安全一体化管控', 'Integrated safety management'],
  ['生产管理', 'production', '能源智能管控', 'Intelligent energy management'],
  ['生产管理', 'production', '碳资产全生命周期管理', 'Carbon asset lifecycle management'],
  ['生产管理', 'production', '污染在线管控', 'Online pollution control'],
  ['生产管理', 'production', '网络协同制造', 'Networked collaborative manufacturing'],
  ['生产作业', 'operation', '柔性产线快速换产', 'Fast changeover on flexible lines'],
  ['生产作业', 'operation', '工艺动态优化', 'Dynamic process optimisation'],
  ['生产作业', 'operation', '先进过程控制', 'Advanced process control'],
  ['生产作业', 'operation', '人机协同作业', 'Human-machine collaboration'],
  ['生产作业', 'operation', '在线智能检测', 'Online intelligent inspection'],
  ['生产作业', 'operation', '质量精准追溯', 'Precise quality traceability'],
  ['生产作业', 'operation', '质量分析与改进', 'Quality analysis and improvement'],
  ['生产作业', 'operation', '设备运行监控', 'Equipment condition monitoring'],
  ['生产作业', 'operation', '设备故障诊断与预测', 'Equipment fault diagnosis and prediction'],
  ['生产作业', 'operation', '设备维修维护', 'Equipment maintenance'],
  ['运营管理', 'management', '智能经营决策', 'Intelligent business decisions'],
  ['运营管理', 'management', '数智精益管理', 'Data-driven lean management'],
  ['运营管理', 'management', '规模化定制', 'Mass customisation'],
  ['运营管理', 'management', '产品精准营销', 'Precision marketing'],
  ['产品服务', 'management', '远程运维服务', 'Remote operation and maintenance services'],
  ['产品服务', 'management', '产品增值服务', 'Value-added product services'],
  ['产品服务', 'management', '客户主动服务', 'Proactive customer service'],
  ['供应链管理', 'management', '供应链数字化管理', 'Digital supply-chain management'],
  ['供应链管理', 'management', '采购计划优化协同', 'Collaborative procurement planning'],
  ['供应链管理', 'management', '供应链风险预警与调度', 'Supply-chain risk warning and dispatch'],
  ['供应链管理', 'management', '供应链物流智能配送', 'Intelligent supply-chain logistics'],
];

export const TYPICAL_SCENARIOS: readonly TypicalScenario[] = ROWS.map(([stage, dimension, zh, en], i) => ({
  id: `ts${String(i + 1).padStart(2, '0')}`,
  no: i + 1,
  stage,
  dimension,
  zh,
  en,
  confidence: i < 8 ? 'confirmed' : 'partial',
}));

export const TYPICAL_SCENARIO_IDS: readonly string[] = TYPICAL_SCENARIOS.map((s) => s.id);
