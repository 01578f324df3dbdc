import type { Language } from '@hiwar/protocol';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { sv } from './sv.js';
import type { FormCorpus } from './types.js';

export const FORM_CORPUS: Record<Language, FormCorpus> = { en, fr, sv, ar };
export type { FormCorpus } from './types.js';
