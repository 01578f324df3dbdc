import type { BoardColumn } from '@hiwar/domain';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { useThemeName } from '../themes/localized-name';

interface BoardColumnsProps {
  columns: BoardColumn[];
  t: TFunction;
  /** Prefix for heading ids, so two boards on one page do not clash. */
  idPrefix: string;
  /** The language theme names are shown in: the viewer's unless the view speaks another (the wall screen). */
  language?: string;
}

/** The board's columns: one per theme and one for points without a theme, each with its count. */
export function BoardColumns({ columns, t, idPrefix, language }: BoardColumnsProps) {
  const themeName = useThemeName(language);
  return (
    <div className="board-columns">
      {columns.map((column) => {
        const key = column.theme?.id ?? 'none';
        const headingId = `${idPrefix}-${key}`;
        return (
          <section
            key={key}
            className="board-column"
            aria-labelledby={headingId}
            data-testid={`board-column-${key}`}
            // The theme's own colour marks its column (on the console and on the wall screen alike).
            style={column.theme ? ({ '--theme-colour': column.theme.colour } as CSSProperties) : undefined}
          >
            <div className="board-column-head">
              <h2 id={headingId} className="board-column-title" dir={column.theme ? 'auto' : undefined}>
                {column.theme ? themeName(column.theme) : t('board.noTheme')}
              </h2>
              <p className="board-count">{t('board.pointCount', { count: column.points.length })}</p>
            </div>
            {column.points.length > 0 ? (
              <ul className="board-points">
                {column.points.map((point) => (
                  <li key={point.id} className="board-point">
                    <p className="board-point-text" dir="auto">
                      {point.text}
                    </p>
                    <p className="board-point-meta">
                      <span className="board-support">{t('board.support', { count: point.supportCount })}</span>
                      {point.starred ? (
                        <span className="badge badge-star">
                          <span aria-hidden="true">★</span> {t('board.starred')}
                        </span>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('board.empty')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
