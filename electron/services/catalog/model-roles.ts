import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveRoles, ROLES_FILE, RolesFileSchema, type RespondentRole } from '@engine/model/roles';
import type { ModelPack } from '@engine/model/schema';
import type { PackIssue } from '@engine/model/validate';

/**
 * A pack's interview plan: roles.yaml next to model.yaml. A pack without one simply has no
 * roles (test packs); models:check requires it of every bundled pack.
 */
export interface PackRoles {
  readonly present: boolean;
  readonly roles: ReadonlyMap<string, RespondentRole>;
  readonly issues: readonly PackIssue[];
}

export function readPackRoles(dir: string, pack: ModelPack): PackRoles {
  const label = `${pack.id}@${pack.version}`;
  const file = path.join(dir, pack.id, pack.version, ROLES_FILE);
  if (!existsSync(file)) return { present: false, roles: new Map(), issues: [] };
  const where = (p: string) => `${ROLES_FILE} ${p}`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const message = `YAML 无法解析：${(error as Error).message}`;
    return { present: true, roles: new Map(), issues: [{ pack: label, path: where('(file)'), message }] };
  }
  const parsed = RolesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      pack: label,
      path: where(i.path.join('.') || '(root)'),
      message: i.message,
    }));
    return { present: true, roles: new Map(), issues };
  }
  const { roles, issues } = resolveRoles(pack, parsed.data);
  return {
    present: true,
    roles,
    issues: issues.map((i) => ({ pack: label, path: where(i.path), message: i.message })),
  };
}
