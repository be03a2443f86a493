import type { XmlNode, XmlValue } from './xml.js';
import { escapeXml } from './xml-escape.js';
import { XmlFragment } from './xml-fragment.js';

function scalarText(value: string | number | boolean): string {
  if (typeof value === 'string') {
    return escapeXml(value);
  }

  return Object.is(value, -0) ? '-0' : String(value);
}

function writeElement(parts: string[], name: string, value: XmlValue): void {
  if (value === undefined) {
    return;
  }

  if (typeof value !== 'object') {
    parts.push(`<${name}>${scalarText(value)}</${name}>`);
    return;
  }

  if (Array.isArray(value)) {
    for (const entry of value) {
      writeElement(parts, name, entry);
    }

    return;
  }

  parts.push(`<${name}>`);
  if (value instanceof XmlFragment) {
    parts.push(value.xml);
  } else {
    writeContent(parts, value as XmlNode);
  }

  parts.push(`</${name}>`);
}

function writeContent(parts: string[], node: XmlNode): void {
  for (const name of Object.keys(node)) {
    writeElement(parts, name, node[name]);
  }
}

/**
 * The elements of `node` in property order, written as fast-xml-parser's builder writes
 * them without formatting: undefined is left out, an array repeats its element, an empty
 * value is `<a></a>`. The parts are joined once, so the text is one flat string; a rope
 * of small strings would be walked again each time it is measured, copied or sent.
 */
export function contentXml(node: XmlNode): string {
  const parts: string[] = [];
  writeContent(parts, node);

  return parts.join('');
}

/**
 * A whole document, `root` holding the elements of `node`; `attributes` is written into
 * the root's start tag as given.
 */
export function documentXml(root: string, attributes: string, node: XmlNode): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', `<${root}${attributes}>`];
  writeContent(parts, node);
  parts.push(`</${root}>`);

  return parts.join('');
}
