import { THEME_COLOURS } from '@hiwar/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './themes.css';

const isSwatch = (colour: string) => THEME_COLOURS.some((c) => c.hex.toLowerCase() === colour.toLowerCase());
/** Where the free colour starts when nothing custom was chosen yet: a mid grey, readable on both boards. */
const CUSTOM_START = '#6b7785';

/**
 * A theme's colour: the palette's swatches (each keeps 3:1 contrast on light cards and the dark wall
 * screen) as one radio group, arrow keys moving between them, and "Custom" with a free colour input for a
 * house colour. Each swatch is named ("Green"), so a screen reader does not announce a hex code.
 */
export function SwatchPicker({ value, onChange }: { value: string; onChange: (colour: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [custom, setCustom] = useState(isSwatch(value) ? CUSTOM_START : value);
  const customChosen = !isSwatch(value);
  return (
    // Native radios sharing a name: arrow keys move between them and only the chosen one is a tab stop.
    <div className="swatches" role="radiogroup" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="swatches-label">
        {t('themes.colour')}
      </span>
      {THEME_COLOURS.map((c) => (
        <label key={c.id} className="swatch-option" title={t(`themes.colours.${c.id}`)}>
          <input
            type="radio"
            className="swatch-input"
            name={`${id}-colour`}
            value={c.hex}
            checked={value.toLowerCase() === c.hex.toLowerCase()}
            onChange={() => onChange(c.hex)}
          />
          <span className="swatch swatch-large" style={{ backgroundColor: c.hex }} aria-hidden="true" />
          <span className="visually-hidden">{t(`themes.colours.${c.id}`)}</span>
        </label>
      ))}
      <label className="swatch-option swatch-custom">
        <input
          type="radio"
          className="swatch-input"
          name={`${id}-colour`}
          value="custom"
          checked={customChosen}
          onChange={() => onChange(custom)}
        />
        {/* Until a custom colour is chosen, a colour wheel: a plain dot would look like one of the swatches. */}
        <span
          className={`swatch swatch-large${customChosen ? '' : ' swatch-wheel'}`}
          style={customChosen ? { backgroundColor: custom } : undefined}
          aria-hidden="true"
        />
        <span>{t('themes.colourCustom')}</span>
      </label>
      <input
        type="color"
        className="swatch-free"
        aria-label={t('themes.customColour')}
        value={custom}
        onChange={(e) => {
          setCustom(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
