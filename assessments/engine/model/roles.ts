import { z } from 'zod';
import { ItemIdSchema } from '../answer';
import type { ModelPack, OwnedItem } from './schema';

/**
 * Who answers an item in an on-site interview. Kept beside each pack in roles.yaml (not in the
 * pack itself) so the interview plan can change without touching the standard's content.
 */
export const RESPONDENT_ROLES = [
  'gm', // 总经理
  'production', // 生产
  'equipment', // 设备
  'quality', // 质量
  'it', // 信息化
  'finance', // 财务
  'ehs', // 安环
] as const;
export const RespondentRoleSchema = z.enum(RESPONDENT_ROLES);
export type RespondentRole = z.infer<typeof RespondentRoleSchema>;

export const ROLES_FILE = 'roles.yaml';

export const RolesFileSchema = z
  .object({
    format: z.literal(1),
    /** node id → the role for every item under it (the nearest listed ancestor wins) */
    sections: z.record(z.string().min(1).max(64), RespondentRoleSchema),
    /** item id → role, overriding its section */
    items: z.record(ItemIdSchema, RespondentRoleSchema).default({}),
  })
  .strict();
export type RolesFile = z.infer<typeof RolesFileSchema>;

/**
 * Minutes an answer takes in an interview, by item type: a rough pace (reading a level ladder
 * aloud and hearing the answer, counting machines from a ledger…) used only for the
 * remaining-time hint, never for a result.
 */
export const MINUTES_PER_ITEM: Record<OwnedItem['type'], number> = {
  level: 1.5,
  satisfaction: 0.75,
  boolean: 0.25,
  figures: 1.5,
  choices: 1,
};

export interface RolesIssue {
  readonly path: string;
  readonly message: string;
}

function ancestors(pack: ModelPack, nodeId: string): string[] {
  const parent = new Map(pack.nodes.map((n) => [n.id, n.parent]));
  const out: string[] = [];
  for (let id: string | null | undefined = nodeId; id && !out.includes(id); id = parent.get(id)) out.push(id);
  return out;
}

/** Each item the pack owns → its role; issues name what does not resolve or points nowhere. */
export function resolveRoles(
  pack: ModelPack,
  file: RolesFile,
): { roles: Map<string, RespondentRole>; issues: RolesIssue[] } {
  const roles = new Map<string, RespondentRole>();
  const issues: RolesIssue[] = [];
  const nodeIds = new Set(pack.nodes.map((n) => n.id));
  const owned = pack.items.filter((i) => i.type !== 'ref');
  const itemIds = new Set(owned.map((i) => i.id));
  for (const id of Object.keys(file.sections))
    if (!nodeIds.has(id)) issues.push({ path: `sections.${id}`, message: `节点 ${id} 不在本模型中` });
  for (const id of Object.keys(file.items))
    if (!itemIds.has(id)) issues.push({ path: `items.${id}`, message: `题目 ${id} 不属于本模型` });
  for (const item of owned) {
    const section = ancestors(pack, item.node).find((n) => file.sections[n] !== undefined);
    const role = file.items[item.id] ?? (section ? file.sections[section] : undefined);
    if (role) roles.set(item.id, role);
    else issues.push({ path: `items.${item.id}`, message: `题目 ${item.id} 没有指定受访角色` });
  }
  return { roles, issues };
}
