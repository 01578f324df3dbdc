import type { MeetingView } from '@hiwar/domain';
import { boardColumns } from '@hiwar/domain';
import { directionOf, useFixedT } from '../../app/i18n';
import { BoardColumns } from './board-columns';

/** The theme board on the wall: large type, the meeting's content language, most supported first, no controls. */
export function BoardProjectorView({ view }: { view: MeetingView }) {
  const { meeting } = view;
  const lang = meeting.contentLanguage;
  const t = useFixedT(lang);
  const columns = boardColumns(view.points, meeting.themes, { sort: 'support' });
  return (
    <div className="projector board-projector" lang={lang} dir={directionOf(lang)} data-testid="board-projector">
      <header className="projector-head">
        <p className="projector-meeting" dir="auto">
          {meeting.title}
        </p>
      </header>
      <h1>{t('board.title')}</h1>
      <BoardColumns columns={columns} t={t} idPrefix="board-projector" />
    </div>
  );
}
