import type { Questionnaire } from '@engine/model/questionnaire';
import { AppError } from '@contract/errors';
import type { ServiceContext } from '../context';

/** The installed questionnaire of a pack, or an error that names the versions installed. */
export function questionnaireOf(ctx: ServiceContext, id: string, version?: string): Questionnaire {
  const q = ctx.models.questionnaire(id, version);
  if (q) return q;
  const known = ctx.models.list().filter((m) => m.id === id);
  throw new AppError(
    known.length > 0 ? 'unsupported_version' : 'not_found',
    known.length > 0
      ? `评估模型 ${id} 没有版本 ${version ?? ''}（已安装：${known.map((m) => m.version).join('、')}）`
      : `未找到评估模型 ${id}`,
    { modelId: id, modelVersion: version },
  );
}
