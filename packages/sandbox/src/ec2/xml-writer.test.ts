import { XMLBuilder } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { EC2_NAMESPACE, responseXml, type XmlNode } from './xml.js';
import { escapeXml } from './xml-escape.js';
import { XmlFragment } from './xml-fragment.js';
import { contentXml } from './xml-writer.js';

// Answers were written by this builder; the writer has to match it byte for byte.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

const TEXTS = [
  '',
  'plain',
  `<&>"'`,
  '&amp; is already an entity',
  'a < b && c > d',
  `it's "quoted"`,
  ' \t\r\n ',
  'é 中 😀',
  ']]>',
  '<!-- -->',
  '\u0001\u007f',
];

test('text is escaped exactly as the builder escapes it', () => {
  for (const text of TEXTS) {
    expect(contentXml({ value: text })).toBe(builder.build({ value: text }));
  }

  expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  expect(escapeXml('&lt;')).toBe('&amp;lt;');
});

test('every kind of value is written as the builder writes it', () => {
  const node: XmlNode = {
    text: 'a & b',
    empty: '',
    zero: 0,
    negativeZero: -0,
    code: 16,
    negative: -3,
    fraction: 1.5,
    huge: 1e21,
    notANumber: Number.NaN,
    yes: true,
    no: false,
    missing: undefined,
    nested: { inner: { deeper: `<&>"'` }, after: 'x' },
    emptyNode: {},
    items: { item: [{ id: 'one' }, { id: 'two', extra: undefined }, {}] },
    noItems: { item: [] },
    last: 'end',
  };

  expect(contentXml(node)).toBe(builder.build(node));
});

test('a fragment is written as the content it was rendered from', () => {
  const inner: XmlNode = { name: `<&>"'`, set: { item: [{ key: 'k' }] } };
  const fragment = new XmlFragment(contentXml(inner));

  expect(contentXml({ entry: fragment })).toBe(builder.build({ entry: inner }));
  expect(contentXml({ list: { item: [fragment, fragment] } })).toBe(
    builder.build({ list: { item: [inner, inner] } }),
  );
});

test('an answer matches the builder with its declaration and namespace', () => {
  const body: XmlNode = {
    instancesSet: {
      item: [
        {
          instanceId: 'i-0123456789abcdef0',
          currentState: { code: 0, name: 'pending' },
          previousState: { code: 80, name: 'stopped' },
        },
      ],
    },
    nextToken: undefined,
    return: true,
  };
  const built = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    StartInstancesResponse: { '@_xmlns': EC2_NAMESPACE, requestId: 'r-1', ...body },
  });

  expect(responseXml('StartInstances', 'r-1', body)).toBe(built);
});
