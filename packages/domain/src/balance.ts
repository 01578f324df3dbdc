import type { BalanceCategory, Member } from '@hiwar/protocol';

export interface BalanceRow {
  /** The option's id, or null for people who did not say. */
  optionId: string | null;
  people: number;
  turns: number;
  floorMs: number;
}

export interface CategoryBalance {
  categoryId: string;
  rows: BalanceRow[];
}

/**
 * Floor time and turns summed per option of each balance category. Only totals leave this function:
 * it is what the facilitator sees live and what the report receives.
 */
export function balanceByCategory(members: Member[], categories: BalanceCategory[]): CategoryBalance[] {
  return categories.map((category) => {
    const rows = new Map<string | null, BalanceRow>(
      [...category.options.map((o) => o.id), null].map((optionId) => [
        optionId,
        { optionId, people: 0, turns: 0, floorMs: 0 },
      ]),
    );
    for (const member of members) {
      const chosen = member.categories[category.id];
      const row = rows.get(chosen !== undefined && rows.has(chosen) ? chosen : null);
      if (!row) continue;
      row.people += 1;
      row.turns += member.turns;
      row.floorMs += member.floorMs;
    }
    return { categoryId: category.id, rows: [...rows.values()] };
  });
}
