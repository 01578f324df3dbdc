import { describe, expect, it } from 'vitest';
import { formatDetails, formatList } from './lists';

describe('formatList', () => {
  it.each([
    ['en', 'Aïcha, Erik, and Maryam'],
    ['fr', 'Aïcha, Erik et Maryam'],
    ['sv', 'Aïcha, Erik och Maryam'],
    ['ar', 'Aïcha وErik وMaryam'],
  ])('joins names in %s', (language, expected) => {
    expect(formatList(language, ['Aïcha', 'Erik', 'Maryam'])).toBe(expected);
  });
});

describe('formatDetails', () => {
  it('uses the Arabic comma in Arabic and skips empty parts', () => {
    expect(formatDetails('ar', ['مريم حداد', '', 'منتدى الحقوق الرقمية'])).toBe('مريم حداد، منتدى الحقوق الرقمية');
    expect(formatDetails('fr-CA', ['Maryam Haddad', 'Responsable', null, 'Forum'])).toBe(
      'Maryam Haddad, Responsable, Forum',
    );
  });
});
