import { foldCharacter } from '@hiwar/domain';

/**
 * Names across scripts: a participant who joined as "Salma Haddad" may be written "سلمى حداد" in an
 * Arabic report, and the reverse. Both are reduced to a consonant skeleton in one Latin alphabet of
 * sound classes (vowels, alef, ayn, hamza and the half-vowels w and y dropped; letters that the common
 * romanisations write alike merged; doubled letters once), and compared word by word. It is a heuristic:
 * it finds the usual English and French romanisations of Arabic names and the Arabic spelling of Latin
 * names, and it can be wrong both ways, so its findings are warnings the rapporteur may dismiss.
 */

// Arabic letters (after foldCharacter) to sound classes; letters missing here (alef, ayn, hamza, waw, yeh) drop.
const ARABIC: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'b',
  چ: 'j',
  ڤ: 'f',
  گ: 'g',
};

// Latin spellings of one Arabic sound, longest first: kh and q as k, sh and ch as s, th and dh as t and d,
// gh as g, dj and g (as in "Gamal") as j where Egyptian spellings use it is left to g.
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/sh|ch|sch/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/dj|dsch/g, 'j'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
];
const LATIN: Record<string, string> = { q: 'k', c: 'k', x: 'ks', v: 'f', p: 'b', z: 'z', g: 'g' };

const isArabic = (word: string) => /\p{Script=Arabic}/u.test(word);

/** The consonant skeleton of one word, in either script; '' when nothing is left. */
export function skeleton(word: string): string {
  let folded = '';
  for (const ch of word) folded += foldCharacter(ch);
  let out = '';
  if (isArabic(folded)) {
    // The article is not part of the name's sound in romanisations ("al-Zoubi", "Zoubi").
    const bare = folded.replace(/^ال/, '');
    for (const ch of bare) out += ARABIC[ch] ?? '';
  } else {
    let latin = folded.replace(/[^a-z]/g, '').replace(/^(al|el)(?=[a-z]{3})/, '');
    for (const [pattern, sound] of LATIN_DIGRAPHS) latin = latin.replace(pattern, sound);
    for (const ch of latin) out += /[aeiouwy]/.test(ch) ? '' : (LATIN[ch] ?? ch);
    // A final h in Latin spellings stands for teh marbuta or a long vowel ("Fatimah", "Aisha(h)").
    out = out.replace(/h$/, '');
  }
  // Arabic teh marbuta folds to heh: drop it at the end as the Latin side does.
  if (isArabic(folded)) out = out.replace(/h$/, '');
  return out.replace(/(.)\1+/g, '$1');
}

/** The skeletons of a name's words; empty words left out. */
export function nameSkeleton(name: string): string[] {
  // A separate article ("al-Zoubi", "El Haddad") is written joined in Arabic and left out in skeletons.
  return name
    .split(/[\s._-]+/)
    .filter((word, i, words) => !(i < words.length - 1 && /^(al|el|ال)$/i.test(word)))
    .map(skeleton)
    .filter((s) => s.length > 0);
}

/** Words of a text with their skeletons, Arabic proclitics tried off as well (و ف ب ل ك). */
function textWords(text: string): { word: string; skeletons: Set<string>; arabic: boolean }[] {
  return (text.match(/[\p{L}\p{M}\u0640]+/gu) ?? []).map((word) => {
    const arabic = isArabic(word);
    const skeletons = new Set([skeleton(word)]);
    if (arabic) {
      const stripped = word.replace(/^[وف]?[بلك]?/, '');
      if (stripped.length >= 3) skeletons.add(skeleton(stripped));
    }
    return { word, skeletons, arabic };
  });
}

/** The fewest consonants a single word's skeleton needs before it is compared alone. */
const ALONE = 3;

/**
 * Where a text likely writes a name in the other script: the whole name (every word in a row), or its
 * last word alone when that has at least three consonants. The text is read once; the finder answers the
 * words as written, or null, for each name asked.
 */
export function transliterationFinder(text: string): (name: NameTarget) => string | null {
  const all = textWords(text);
  return ({ nameIsArabic, target }) => {
    if (target.length === 0) return null;
    const other = (w: (typeof all)[number]) => w.arabic !== nameIsArabic;
    if (!all.some(other)) return null;
    // The whole name, in a row.
    if (target.join('').length >= ALONE) {
      for (let i = 0; i + target.length <= all.length; i++) {
        const run = all.slice(i, i + target.length);
        if (run.every((w, j) => other(w) && w.skeletons.has(target[j] ?? ''))) return run.map((w) => w.word).join(' ');
      }
    }
    const last = target[target.length - 1] ?? '';
    if (target.length > 1 && last.length >= ALONE)
      return all.find((w) => other(w) && w.skeletons.has(last))?.word ?? null;
    return null;
  };
}

/** A name read once for the finder: its script and its words' skeletons. */
export interface NameTarget {
  nameIsArabic: boolean;
  target: string[];
}

export const nameTarget = (name: string): NameTarget => ({ nameIsArabic: isArabic(name), target: nameSkeleton(name) });

/** Where a text likely writes this name in the other script; see transliterationFinder. */
export function findTransliteration(text: string, name: string): string | null {
  return transliterationFinder(text)(nameTarget(name));
}
