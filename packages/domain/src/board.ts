import type { Point, Theme } from '@hiwar/protocol';
import { normalizeForComparison } from './similarity.js';

export interface BoardOptions {
  /** Show only this theme's column, or all. */
  themeId?: string | null;
  search?: string;
  sort?: 'support' | 'time';
}

export interface BoardColumn {
  /** The theme, or null for points without a theme. */
  theme: Theme | null;
  points: Point[];
}

/**
 * The theme board: one column per theme in the meeting's order, then untagged points; only published
 * points, filtered and sorted as asked. A point with several themes appears in each of their columns.
 */
export function boardColumns(points: Point[], themes: Theme[], options: BoardOptions = {}): BoardColumn[] {
  const query = normalizeForComparison(options.search ?? '');
  const visible = points.filter(
    (p) => p.status === 'published' && (!query || normalizeForComparison(p.text).includes(query)),
  );
  const sorted = [...visible].sort((a, b) =>
    options.sort === 'support'
      ? b.supportCount - a.supportCount || b.createdAt - a.createdAt
      : b.createdAt - a.createdAt,
  );
  const columns: BoardColumn[] = themes.map((theme) => ({
    theme,
    points: sorted.filter((p) => p.themeIds.includes(theme.id)),
  }));
  const known = new Set(themes.map((t) => t.id));
  columns.push({ theme: null, points: sorted.filter((p) => !p.themeIds.some((id) => known.has(id))) });
  return options.themeId ? columns.filter((c) => c.theme?.id === options.themeId) : columns;
}
