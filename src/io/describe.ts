/** Wording helpers shared by the readers: where something is, and what a value looks like. */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['relations', 3, 'evidence', 0, 'quote']` → `$.relations[3].evidence[0].quote`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${JSON.stringify(key.description ?? '')}]`;
    else if (IDENTIFIER.test(key)) out += `.${key}`;
    else if (/^\d+$/.test(key)) out += `[${key}]`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Shortens a string for a message, never splitting a surrogate pair. */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** A string as it would appear in JSON, shortened: `"Moscow said…"`. */
export const quoted = (text: string, max = 60): string => JSON.stringify(clip(text, max));

/** What a JSON value is, for "expected …, got …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `the string ${quoted(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** "1 source", "25 actors". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
