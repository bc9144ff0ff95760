/**
 * A graph carried in a link's fragment, `#data=<base64url of the deflated Actorgraph JSON>&<view keys>`,
 * so a small graph can be shared without a server. The fragment is never sent to a server, but anyone
 * can craft one: decoding caps the compressed and the inflated size, and the text goes through the same
 * validation as a file opened from disk (validateGraphText), so a bad link names its problem and changes
 * nothing.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Graph } from '../domain/types';
import { fail, type ParseResult } from './problems';
import { validateGraphText } from './validateGraphText';

/** The largest compressed graph a link carries: links stay openable in every browser. */
export const MAX_LINK_DATA_BYTES = 100 * 1024;
/** The largest graph text a link may inflate to, so a small crafted link cannot fill the memory. */
export const MAX_LINK_GRAPH_BYTES = 10 * 1024 * 1024;
/** What a decoded link's graph is called in the Sources list and in messages. */
export const LINK_FILE_NAME = 'the shared link';

export type EncodedGraph =
  | { readonly ok: true; readonly data: string; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number };

/** The graph as the `data` value of a link, or how many compressed bytes it would need when too big. */
export function encodeGraphForLink(graph: Graph, limit = MAX_LINK_DATA_BYTES): EncodedGraph {
  const packed = deflateSync(new TextEncoder().encode(JSON.stringify(graph)), { level: 9 });
  return packed.length > limit
    ? { ok: false, bytes: packed.length }
    : { ok: true, data: toBase64Url(packed), bytes: packed.length };
}

/** Reads a link's `data` value back into a validated graph. Never throws. */
export function decodeGraphFromLink(data: string): ParseResult<Graph> {
  const problem = (message: string) => fail<Graph>([{ path: '#data', message }]);
  if (data.length > Math.ceil((MAX_LINK_DATA_BYTES * 4) / 3) + 4) {
    return problem(`is longer than a link may carry (${MAX_LINK_DATA_BYTES / 1024} kB compressed)`);
  }
  const packed = fromBase64Url(data);
  if (packed === null) return problem('is not base64url text (the link may have been cut or altered)');
  const text = inflateCapped(packed, MAX_LINK_GRAPH_BYTES);
  if (text === 'too big') {
    return problem(
      `inflates to more than ${MAX_LINK_GRAPH_BYTES / 1024 / 1024} MB, more than a link may carry`,
    );
  }
  if (text === null) return problem('is not compressed graph data (the link may have been cut or altered)');
  return validateGraphText(text, LINK_FILE_NAME, { anchors: 'strict', maxBytes: MAX_LINK_GRAPH_BYTES });
}

/** Inflates raw DEFLATE data, giving up as soon as the output passes `cap` bytes. */
function inflateCapped(packed: Uint8Array, cap: number): string | null | 'too big' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size <= cap) chunks.push(chunk);
    if (final) ended = true;
  });
  const STEP = 4096; // small input steps, so the cap is noticed before much more is inflated
  try {
    for (let at = 0; at < packed.length && size <= cap; at += STEP) {
      inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length);
    }
  } catch {
    return null;
  }
  if (size > cap) return 'too big';
  if (!ended) return null;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(whole);
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
