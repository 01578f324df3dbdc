import type { Theme } from '@hiwar/protocol';
import { useThemeName } from './localized-name';

/** The themes of a point as small coloured chips, each named in the viewer's language. */
export function ThemeChips({ themes, themeIds }: { themes: Theme[]; themeIds: string[] }) {
  const nameOf = useThemeName();
  const chosen = themes.filter((th) => themeIds.includes(th.id));
  if (chosen.length === 0) return null;
  return (
    <ul className="theme-chips">
      {chosen.map((th) => (
        <li key={th.id} className="theme-chip">
          <span className="swatch" style={{ backgroundColor: th.colour }} aria-hidden="true" />
          <span dir="auto">{nameOf(th)}</span>
        </li>
      ))}
    </ul>
  );
}
