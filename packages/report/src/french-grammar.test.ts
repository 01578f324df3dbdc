import { describe, expect, it } from 'vitest';
import { asClause, phrases } from './phrases.js';
import { frenchDe, frenchElides } from './point-form.js';

// The translation review's S5 (b) and (c): French elision and the first word of a clause after "que".
describe('French elision and clauses', () => {
  it('elides before a vowel, a mute h and a vowel y, not before an aspirated h or a consonant y', () => {
    expect(['il', 'eau', 'hier', 'histoire', 'Haïti', 'Yves', 'y'].filter((w) => !frenchElides(w))).toEqual([]);
    expect(
      ['hausser', 'haut', 'hors', 'handicap', 'harcèlement', 'Yaoundé', 'yaourt', 'le'].filter(frenchElides),
    ).toEqual([]);
    expect(frenchDe('hausser les budgets')).toBe('de hausser les budgets');
    expect(frenchDe('améliorer l’accès')).toBe('d’améliorer l’accès');
  });

  it('says "que" before an aspirated h and "qu’" before a mute one', () => {
    expect(phrases.told.fr('one', 'base', 'clause', 'Hors des villes, l’eau manque.', 'fr')).toBe(
      'Un participant a fait observer que hors des villes, l’eau manque.',
    );
    expect(phrases.told.fr('one', 'base', 'clause', 'Hier encore, les puits étaient pleins.', 'fr')).toBe(
      'Un participant a fait observer qu’hier encore, les puits étaient pleins.',
    );
  });

  it('lower-cases an elided first word and "À" after "que", not "I’m"', () => {
    expect(asClause('L’accès à l’eau s’est dégradé')).toBe('l’accès à l’eau s’est dégradé');
    expect(asClause('D’autres bailleurs suivront')).toBe('d’autres bailleurs suivront');
    expect(asClause('À Niamey, les puits tarissent')).toBe('à Niamey, les puits tarissent');
    expect(asClause('I’m not sure the data exist')).toBe('I’m not sure the data exist');
    expect(phrases.told.fr('one', 'base', 'clause', 'À Niamey, les puits tarissent.', 'fr')).toBe(
      'Un participant a fait observer qu’à Niamey, les puits tarissent.',
    );
    expect(phrases.told.fr('one', 'base', 'clause', 'L’accès à l’eau s’est dégradé.', 'fr')).toBe(
      'Un participant a fait observer que l’accès à l’eau s’est dégradé.',
    );
  });
});
