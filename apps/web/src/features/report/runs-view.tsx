import { type Inline, isSafeHref } from '@hiwar/protocol';

/**
 * Runs shown read-only as React text (never HTML): bold, italic, safe links, and footnotes numbered in the
 * text and listed after it.
 */
export function RunsView({ runs, notesLabel }: { runs: readonly Inline[]; notesLabel: string }) {
  const notes = runs.flatMap((run) => (run.note ? [run.note] : []));
  let noteNumber = 0;
  return (
    <>
      <p dir="auto">
        {runs.map((run, i) => {
          const className = [run.bold ? 'is-bold' : '', run.italic ? 'is-italic' : ''].join(' ').trim() || undefined;
          const text =
            run.href && isSafeHref(run.href) ? (
              <a href={run.href} target="_blank" rel="noopener noreferrer" className={className}>
                {run.text}
              </a>
            ) : (
              <span className={className}>{run.text}</span>
            );
          const marker = run.note ? <sup className="note-marker">{++noteNumber}</sup> : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: runs have no id; their order is their identity.
            <span key={i}>
              {text}
              {marker}
            </span>
          );
        })}
      </p>
      {notes.length > 0 ? (
        <ol className="runs-notes" aria-label={notesLabel}>
          {notes.map((note, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: footnotes are numbered by their place.
            <li key={i} dir="auto">
              {note}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
