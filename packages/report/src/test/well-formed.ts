const TAG =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="(?:[^"<&]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*")*)\s*(\/?)>/y;
const TEXT = /^(?:[^&>]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;

/**
 * Throws unless the XML is well-formed in the subset the exporters write: one root element, tags that
 * nest, quoted attributes, and only the five entities or character references.
 */
export function assertWellFormedXml(xml: string): void {
  const source = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < source.length) {
    if (source[at] !== '<') {
      const next = source.indexOf('<', at);
      const text = source.slice(at, next < 0 ? undefined : next);
      if (!TEXT.test(text)) throw new Error(`Bad text near "${text.slice(0, 60)}".`);
      if (open.length === 0 && text.trim() !== '') throw new Error('Text outside the root element.');
      at = next < 0 ? source.length : next;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(source);
    if (!tag) throw new Error(`Bad tag near "${source.slice(at, at + 60)}".`);
    const [whole, closing, name, , selfClosing] = tag;
    if (closing) {
      if (open.pop() !== name) throw new Error(`Mismatched </${name}>.`);
    } else {
      if (open.length === 0) roots += 1;
      if (!selfClosing) open.push(name ?? '');
    }
    at += whole.length;
  }
  if (open.length > 0) throw new Error(`Unclosed <${open.join('>, <')}>.`);
  if (roots !== 1) throw new Error(`Expected one root element, found ${roots}.`);
}
