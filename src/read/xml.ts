import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';

/**
 * One parsed element: `@_name` keys are attributes, `#text` its text, every other key a
 * child element name holding all children of that name in document order.
 */
export type XmlElement = { readonly [key: string]: unknown };

// Every element becomes an array of objects with a text node, so one shape fits all;
// values stay strings (a PCI id `0x8086` must not turn into a number), and text is not
// trimmed (a profile value may begin with blanks).
const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
};
const parser = new XMLParser(OPTIONS);
// A tool's output that names its DTD: the declaration is skipped and no entity,
// declared or predefined, is expanded, so nothing in it can grow the document.
const literalParser = new XMLParser({ ...OPTIONS, processEntities: false });

export interface XmlParseOptions {
  /**
   * `refuse` (the default: libvirt writes none; refusing it refuses every entity declaration,
   * expansion bombs and external entities alike) or `skip` (the values are read literally).
   */
  doctype?: 'refuse' | 'skip';
}

/** Parse an XML document; a malformed one is an InputError naming `file`, the line and the column. */
export function parseXmlDocument(text: string, file: string, opts: XmlParseOptions = {}): { name: string; root: XmlElement } {
  const skipDoctype = opts.doctype === 'skip';
  if (!skipDoctype && /<!DOCTYPE/i.test(text)) throw new InputError(file, 'a DOCTYPE declaration is not accepted (libvirt writes none, and its entities could expand without bound)');
  let doc: Record<string, unknown>;
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      throw new InputError(file, `malformed XML at line ${line}${col === undefined ? '' : `, column ${col}`}: ${msg}`);
    }
    doc = (skipDoctype ? literalParser : parser).parse(text) as Record<string, unknown>;
  } catch (err) {
    // The parser's own limits (nesting depth, entities) throw plain errors: they are still about this input.
    if (err instanceof InputError) throw err;
    throw new InputError(file, `malformed XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const roots = Object.keys(doc).filter((k) => !k.startsWith('#') && !k.startsWith('?'));
  const only = roots.length === 1 ? children(doc, roots[0]!) : [];
  if (only.length !== 1) throw new InputError(file, `malformed XML: expected one root element, found ${roots.length === 1 ? only.length : roots.length}`);
  return { name: roots[0]!, root: only[0]! };
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
