import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';

/**
 * One parsed element: `@_name` keys are attributes, `#text` its text, every other key a
 * child element name holding all children of that name in document order.
 */
export type XmlElement = { readonly [key: string]: unknown };

// Every element becomes an array of objects with a text node, so one shape fits all;
// values stay strings (a PCI id `0x8086` must not turn into a number), and text is not
// trimmed (a profile value may begin with blanks). Each element keeps where it starts, for
// error messages.
const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
};
const parser = new XMLParser(OPTIONS);
// A tool's output that names its DTD: the declaration is skipped and no entity, declared or
// predefined, is expanded, so nothing in it can grow the document.
const literalParser = new XMLParser({ ...OPTIONS, processEntities: false });

export interface XmlParseOptions {
  /**
   * `refuse` (the default: libvirt writes none; refusing it refuses every entity declaration,
   * expansion bombs and external entities alike) or `skip` (values are then read literally).
   */
  doctype?: 'refuse' | 'skip';
}

// Typed as the Symbol wrapper object; it is a symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** A parsed document: its root element, and where any of its elements starts. */
export interface XmlDocument {
  name: string;
  root: XmlElement;
  /** `line L, column C` of the element's start tag (columns count characters), for error messages. */
  at(el: XmlElement): string;
}

/** `line L, column C` of the character at `index` (both 1-based; a character outside the BMP is one column). */
function lineColumn(text: string, index: number): string {
  let line = 1;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) line++;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return `line ${line}, column ${[...text.slice(lineStart, index)].length + 1}`;
}

/** The offset of `col` (1-based, in UTF-16 units as the validator counts) on line `line`. */
function offsetOf(text: string, line: number, col: number): number {
  let start = 0;
  for (let l = 1; l < line && start !== -1; l++) start = text.indexOf('\n', start) + 1 || -1;
  return start === -1 ? text.length : Math.min(start + col - 1, text.length);
}

function startOf(el: XmlElement): number | undefined {
  const meta = (el as Record<symbol, { startIndex?: number } | undefined>)[META];
  return meta?.startIndex;
}

/** Parse an XML document; a malformed one is an InputError naming `file`, the line and the column. */
export function parseXmlDocument(text: string, file: string, opts: XmlParseOptions = {}): XmlDocument {
  const skipDoctype = opts.doctype === 'skip';
  const doctype = skipDoctype ? null : /<!DOCTYPE/i.exec(text);
  if (doctype !== null) throw new InputError(file, `a DOCTYPE declaration at ${lineColumn(text, doctype.index)} is not accepted (libvirt writes none, and its entities could expand without bound)`);
  let doc: Record<string, unknown>;
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      throw new InputError(file, `malformed XML at ${col === undefined ? `line ${line}` : lineColumn(text, offsetOf(text, line, col))}: ${msg}`);
    }
    doc = (skipDoctype ? literalParser : parser).parse(text) as Record<string, unknown>;
  } catch (err) {
    // The parser's own limits (nesting depth, entities) throw plain errors: they are still about this input.
    if (err instanceof InputError) throw err;
    throw new InputError(file, `malformed XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const at = (el: XmlElement) => {
    const start = startOf(el);
    return start === undefined ? 'an unknown position' : lineColumn(text, start);
  };
  const roots = Object.keys(doc).filter((k) => !k.startsWith('#') && !k.startsWith('?'))
    .flatMap((name) => children(doc, name).map((el) => ({ name, el })))
    .sort((a, b) => (startOf(a.el) ?? 0) - (startOf(b.el) ?? 0));
  if (roots.length === 0) throw new InputError(file, 'malformed XML: no root element');
  if (roots.length > 1) throw new InputError(file, `malformed XML at ${at(roots[1]!.el)}: a second root element <${roots[1]!.name}> (a document has one)`);
  return { name: roots[0]!.name, root: roots[0]!.el, at };
}

/** The child elements named `name` (none when absent). */
export function children(el: XmlElement, name: string): XmlElement[] {
  const v = Object.hasOwn(el, name) ? el[name] : undefined;
  return Array.isArray(v) ? (v as XmlElement[]) : [];
}

/** The first child element named `name`, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el === undefined ? undefined : children(el, name)[0];
}

/** An attribute's value, if present. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const v = el?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** The element's text ('' for an empty element). */
export function text(el: XmlElement): string {
  const v = el['#text'];
  return typeof v === 'string' ? v : '';
}

/** The names of the element's child elements (attributes and text left out). */
export function childNames(el: XmlElement): string[] {
  return Object.keys(el).filter((k) => !k.startsWith('@_') && k !== '#text');
}
