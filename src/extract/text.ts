/** Small text helpers shared by the extractor: canonical form, hashing, titles. */

/**
 * The canonical text every offset points into: NFC, LF line endings, no byte-order mark.
 * Canonicalising twice changes nothing.
 */
export function canonicalText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** A stable 64-bit FNV-1a hash of a string's UTF-16 units, as 16 hex digits. Not cryptographic. */
export function hashText(text: string): string {
  // Two 32-bit lanes with different offsets approximate a 64-bit hash without BigInt.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A title for an article given none: its first line, or when that is a whole paragraph, its first
 * sentence, or failing that its first words.
 */
export function defaultTitle(text: string, max = 90): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  if (line.length <= max) return line || 'Untitled article';
  const sentence = /^.+?[.!?](?=\s)/.exec(line)?.[0];
  if (sentence && sentence.length <= max) return sentence.replace(/\.$/, ''); // a title has no full stop
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
