const SPECIAL = /[&<>'"]/;

const SPECIALS = /[&<>'"]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&apos;',
  '"': '&quot;',
};

/**
 * Escapes XML text as fast-xml-parser's builder does: these five characters and no
 * others, so answers stay byte for byte what the builder wrote.
 */
export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) {
    return text;
  }

  return text.replace(SPECIALS, (special) => ENTITIES[special] ?? special);
}
