/**
 * Takes a link's `data=` (a whole graph, see dataLink.ts) out of a hash, so the rest is read as the view
 * like any permalink. Tiny and in the first download; the decoder itself loads only when a link has data.
 */
export function splitDataFromHash(hash: string): { readonly data: string | null; readonly view: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = body.split('&');
  const index = parts.findIndex((part) => part.startsWith('data='));
  if (index < 0) return { data: null, view: hash };
  const rest = parts.filter((_, i) => i !== index);
  return { data: parts[index]!.slice(5), view: rest.length === 0 ? '' : `#${rest.join('&')}` };
}
