import type { PointForm } from '../../point-form.js';

/** Points typed in one language, by the form a rapporteur would read in them. */
export type FormCorpus = Record<PointForm, string[]>;
