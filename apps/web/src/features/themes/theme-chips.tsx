import type { Theme } from '@hiwar/protocol';

/** The themes of a point as small coloured chips. */
export function ThemeChips({ themes, themeIds }: { themes: Theme[]; themeIds: string[] }) {
  const chosen = themes.filter((th) => themeIds.includes(th.id));
  if (chosen.length === 0) return null;
  return (
    <ul className="theme-chips">
      {chosen.map((th) => (
        <li key={th.id} className="theme-chip">
          <span className="swatch" style={{ backgroundColor: th.colour }} aria-hidden="true" />
          <span dir="auto">{th.name}</span>
        </li>
      ))}
    </ul>
  );
}
