import type { SizeClass } from '@engine/enterprise';
import type { AssessmentStatus } from '@contract/records';

export const SIZE_NAMES: Record<SizeClass, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};
export const STATUS_NAMES: Record<AssessmentStatus, string> = { draft: '进行中', completed: '已完成' };

const NUMERALS = ['', '一', '二', '三', '四', '五'];

/** CMMM / SME digital level as the standards name them; 0 = below the first level. */
export function levelName(level: number | null): string {
  if (level === null) return '未评估';
  return level === 0 ? '未达一级' : `${NUMERALS[level] ?? String(level)}级（估算）`;
}
