import type { MeetingView } from '@hiwar/domain';
import { boardColumns } from '@hiwar/domain';
import { directionOf, useFixedT } from '../../app/i18n';
import { ProjectorJoin } from '../projector/projector-join';
import { BoardColumns } from './board-columns';

/**
 * The theme board on the wall: large type, the meeting's content language, most supported first, how to join
 * in the header, no controls. It fits the screen: columns that run long are cut at the screen's foot.
 */
export function BoardProjectorView({ view }: { view: MeetingView }) {
  const { meeting } = view;
  const lang = meeting.contentLanguage;
  const t = useFixedT(lang);
  const columns = boardColumns(view.points, meeting.themes, { sort: 'support' });
  return (
    <div className="projector board-projector" lang={lang} dir={directionOf(lang)} data-testid="board-projector">
      <header className="projector-head">
        <div className="board-projector-titles">
          <p className="projector-meeting" dir="auto">
            {meeting.title}
          </p>
          <h1>{t('board.title')}</h1>
        </div>
        {meeting.status !== 'ended' ? <ProjectorJoin joinCode={meeting.joinCode} t={t} compact /> : null}
      </header>
      <div className="board-projector-columns">
        <BoardColumns columns={columns} t={t} idPrefix="board-projector" language={lang} />
      </div>
    </div>
  );
}
