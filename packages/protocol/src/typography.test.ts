import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP, typographyFor, withTypography } from './typography.js';

const show = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '˽');

describe('frenchTypography', () => {
  it.each([
    ['Motif : {{reason}}', 'Motif⍽: {{reason}}'],
    ['Motif: {{reason}}', 'Motif⍽: {{reason}}'],
    ['Pas encore de compte ? Créez-en un', 'Pas encore de compte˽? Créez-en un'],
    ['Pas encore de compte? Créez-en un', 'Pas encore de compte˽? Créez-en un'],
    ['solide ; les mots', 'solide˽; les mots'],
    ['Attention !', 'Attention˽!'],
    ['Vraiment ?!', 'Vraiment˽?!'],
    ['Supprimer « {{title}} » ?', 'Supprimer «⍽{{title}}⍽»˽?'],
    ['Supprimer «{{title}}»?', 'Supprimer «⍽{{title}}⍽»˽?'],
    ['{{section}} : « {{match}} » ({{kind}})', '{{section}}⍽: «⍽{{match}}⍽» ({{kind}})'],
    [' ; ', '˽; '],
  ])('%s', (input, expected) => {
    expect(show(frenchTypography(input))).toBe(expected);
  });

  it('leaves addresses, clocks and text without the marks alone', () => {
    for (const text of [
      'Adresse du lien (https:// ou mailto:)',
      'Voir https://example.org/page?a=1&b=2 ou mailto:x@y.org',
      'Il est 14:30, la réunion dure 1:05:00.',
      'Alt+1 à Alt+9',
      'Chargement…',
    ]) {
      expect(show(frenchTypography(text))).toBe(text);
    }
  });

  it('is idempotent and the same whatever space the translator typed', () => {
    const variants = [
      'Motif : x ; « y » ? z !',
      'Motif: x; «y»? z!',
      `Motif${NBSP}: x${NNBSP}; «${NBSP}y${NBSP}»${NNBSP}? z${NNBSP}!`,
    ];
    const results = variants.map(frenchTypography);
    expect(new Set(results).size).toBe(1);
    expect(frenchTypography(results[0] ?? '')).toBe(results[0]);
  });
});

describe('typographyFor and withTypography', () => {
  it('apply French rules to French only', () => {
    expect(typographyFor('fr-CH')('Oui ?')).toBe(`Oui${NNBSP}?`);
    expect(typographyFor('en')('Yes ?')).toBe('Yes ?');
    expect(typographyFor('sv')('Ja: nej')).toBe('Ja: nej');
  });

  it('walk a translation tree and keep its shape', () => {
    expect(withTypography('fr', { a: { b: 'Oui ?', n: 3 }, c: ['Non !'] })).toEqual({
      a: { b: `Oui${NNBSP}?`, n: 3 },
      c: [`Non${NNBSP}!`],
    });
  });
});
