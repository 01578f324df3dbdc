import type { MeetingView } from '@hiwar/domain';
import { boardColumns } from '@hiwar/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useThemeName } from '../themes/localized-name';
import { BoardColumns } from './board-columns';

/** The "No theme" choice of the theme filter. */
export const NO_THEME = '__none__';

interface BoardViewProps {
  view: MeetingView;
  /** Where to go back to: the console or the participant view. */
  backPath: string;
  /** The projector version of this board. */
  projectorPath: string;
}

/** The theme board: published points in a column per theme, with a filter, a search and a sort. */
export function BoardView({ view, backPath, projectorPath }: BoardViewProps) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const id = useId();
  const [themeId, setThemeId] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<'support' | 'time'>('support');
  const { meeting } = view;
  const all = boardColumns(view.points, meeting.themes, {
    themeId: themeId && themeId !== NO_THEME ? themeId : null,
    search,
    sort,
  });
  const columns = themeId === NO_THEME ? all.filter((c) => c.theme === null) : all;

  return (
    <div className="board stack">
      <div className="page-head">
        <div>
          <p className="eyebrow" dir="auto">
            {meeting.title}
          </p>
          <h1>{t('board.title')}</h1>
        </div>
        <div className="head-meta">
          <Link className="button button-quiet" to={backPath}>
            {t('board.back')}
          </Link>
          <a className="button button-quiet" href={projectorPath} target={`hiwar-board-${meeting.id}`} rel="noopener">
            {t('board.openProjector')} <span className="visually-hidden">{t('projector.opensNewWindow')}</span>
          </a>
        </div>
      </div>
      <div className="board-controls">
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('board.themeFilter')}</label>
          <select id={`${id}-theme`} value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            <option value="">{t('board.allThemes')}</option>
            {meeting.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {themeName(theme)}
              </option>
            ))}
            <option value={NO_THEME}>{t('board.noTheme')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('board.search')}</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('board.sortBy')}</label>
          <select
            id={`${id}-sort`}
            value={sort}
            onChange={(e) => setSort(e.target.value === 'time' ? 'time' : 'support')}
          >
            <option value="support">{t('board.sort.support')}</option>
            <option value="time">{t('board.sort.time')}</option>
          </select>
        </div>
      </div>
      <BoardColumns columns={columns} t={t} idPrefix={`${id}-col`} />
    </div>
  );
}
