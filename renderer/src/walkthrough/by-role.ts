import { MINUTES_PER_ITEM, RESPONDENT_ROLES, type RespondentRole } from '@engine/model/roles';
import type { OwnedItem } from '@engine/model/schema';

/**
 * Interviewing one person at a time: the questions grouped by who answers them (in the fixed
 * role order, each group in questionnaire order), and per person what is left and roughly how long.
 */
export type WalkOrder = 'section' | 'role';

export interface RoleProgress {
  readonly role: RespondentRole;
  readonly total: number;
  readonly open: number;
  /** expected minutes for the open questions, rounded up */
  readonly minutesLeft: number;
}

/** Items without a role (a pack shipped without roles.yaml) come last, under nobody. */
export function byRole(
  sequence: readonly string[],
  roles: Readonly<Record<string, RespondentRole>>,
): string[] {
  const rank = (id: string) => {
    const role = roles[id];
    return role ? RESPONDENT_ROLES.indexOf(role) : RESPONDENT_ROLES.length;
  };
  return sequence
    .map((id, i) => ({ id, i, r: rank(id) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.id);
}

export function roleProgress(
  sequence: readonly string[],
  roles: Readonly<Record<string, RespondentRole>>,
  itemOf: (id: string) => OwnedItem | undefined,
  isAnswered: (id: string) => boolean,
): RoleProgress[] {
  return RESPONDENT_ROLES.flatMap((role) => {
    const mine = sequence.filter((id) => roles[id] === role);
    if (mine.length === 0) return [];
    const open = mine.filter((id) => !isAnswered(id));
    const minutes = open.reduce((m, id) => {
      const item = itemOf(id);
      return m + (item ? MINUTES_PER_ITEM[item.type] : 0);
    }, 0);
    return [{ role, total: mine.length, open: open.length, minutesLeft: Math.ceil(minutes) }];
  });
}
