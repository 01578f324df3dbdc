import { presetThemeDrafts, THEME_PRESETS, type Theme } from '@hiwar/protocol';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ThemeChips } from './theme-chips';

/** The WPS preset as an English meeting stores it: English names, the other three as translations. */
function wpsThemes(): Theme[] {
  const wps = THEME_PRESETS.find((p) => p.id === 'wps');
  if (!wps) throw new Error('no WPS preset');
  return presetThemeDrafts(wps, 'en').map((draft, i) => ({
    id: `theme-000${i + 1}`,
    name: draft.name,
    description: '',
    colour: draft.colour,
    translations: draft.translations,
  }));
}

describe('ThemeChips', () => {
  it('shows an Arabic viewer the Arabic name of a preset theme in an English meeting', () => {
    const themes = wpsThemes();
    renderWithApp(<ThemeChips themes={themes} themeIds={['theme-0001', 'theme-0004']} />, { language: 'ar' });
    expect(screen.getByText('المشاركة')).toBeInTheDocument();
    expect(screen.getByText('الإغاثة والتعافي')).toBeInTheDocument();
    expect(screen.queryByText('Participation')).toBeNull();
    expect(screen.queryByText('الحماية')).toBeNull();
  });

  it('shows each viewer their own language, and the original name where no translation exists', () => {
    const themes: Theme[] = [
      ...wpsThemes(),
      { id: 'theme-0009', name: 'Water tariffs', description: '', colour: '#2a8170' },
    ];
    const { unmount } = renderWithApp(<ThemeChips themes={themes} themeIds={['theme-0004', 'theme-0009']} />, {
      language: 'sv',
    });
    expect(screen.getByText('Nödhjälp och återuppbyggnad')).toBeInTheDocument();
    expect(screen.getByText('Water tariffs')).toBeInTheDocument();
    unmount();
    renderWithApp(<ThemeChips themes={themes} themeIds={['theme-0004', 'theme-0009']} />, { language: 'en' });
    expect(screen.getByText('Relief and recovery')).toBeInTheDocument();
    expect(screen.getByText('Water tariffs')).toBeInTheDocument();
  });
});
