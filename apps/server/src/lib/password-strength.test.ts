import { describe, expect, it } from 'vitest';
import { passwordStrongEnough } from './password-strength.js';

describe('passwordStrongEnough', () => {
  it.each([
    ['1234567890', false],
    ['aaaaaaaaaa', false],
    ['password12', false],
    ['          ', false],
    ['qwertyuiop', false],
    ['iloveyou2024', false],
    ['correct horse battery', true],
    ['ليلى في الحديقة الخضراء', true],
    ['Tr0ub4dor&3 wellspring', true],
  ])('%j → %s', (password, strong) => {
    expect(passwordStrongEnough(password)).toBe(strong);
  });

  it("refuses the person's own e-mail address and name as a password", () => {
    expect(passwordStrongEnough('nour.haddad2025', ['nour.haddad2025@example.org', 'Nour Haddad'])).toBe(false);
  });
});
