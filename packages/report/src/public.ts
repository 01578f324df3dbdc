import type { ReportDocument } from '@hiwar/protocol';

/** The document without its internal sections (the annexes), unless they are asked for. */
export function publicOnly(doc: ReportDocument, includeInternal: boolean): ReportDocument {
  return includeInternal ? doc : { ...doc, sections: doc.sections.filter((s) => !s.internal) };
}
