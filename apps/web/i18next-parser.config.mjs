// i18next-parser (the i18next project's extractor; i18next-cli needs Node 22) reads every t('key') and
// <Trans i18nKey> in the web app's source and writes the keys it finds. locales/extraction.test.ts runs it
// into a temporary folder and compares with en.json. Keys built at run time (t(`agenda.kind.${kind}`)) are
// invisible to it: they are listed in locales/dynamic-keys.ts instead.
export default {
  locales: ['en'],
  defaultNamespace: 'translation',
  input: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/test/**'],
  output: `${process.env.I18N_EXTRACT_DIR ?? 'node_modules/.i18n-extract'}/$LOCALE.json`,
  keySeparator: '.',
  namespaceSeparator: false,
  pluralSeparator: '_',
  createOldCatalogs: false,
  sort: true,
  keepRemoved: false,
  lexers: { ts: ['JsxLexer'], tsx: ['JsxLexer'], default: ['JsxLexer'] },
  defaultValue: '',
  verbose: false,
};
