/**
 * Text of any direction put into a translated sentence, kept apart by Unicode isolates so a Latin name in an
 * Arabic sentence (or the reverse) does not pull the punctuation around it out of place.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
