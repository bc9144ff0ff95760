/**
 * The view in the URL hash, e.g. `#hideTypes=accuses,warns&focus=russia&depth=2&relation=r12`.
 * `hideStatuses` lists the review statuses hidden; absent means the default (rejected), and
 * `hideStatuses=` (empty) shows every status. `window=2025-03-01..2025-05-31` is the time window
 * (either end may be left out: `window=2025-03-01..`). `merge` (0 or 1) and `theme` (light or dark) appear only
 * in a copied link, which carries the sender's look; without them the reader's own preferences stand.
 * `story=story-1&step=2` opens the presenter at that step (1-based) of a story in the workspace.
 * A hash is untrusted input (anyone can send a link): parsing never throws, and any unknown key or
 * invalid value fails the whole hash so the app opens the default view with one notice, instead of
 * half of someone else's view. Defaults are left out, so the default view is an empty hash.
 */
import { z } from './zod';
import {
  FILTER_REGISTRY,
  filterValue,
  type Filters,
  type LinkFormat,
  type LinkValue,
} from '../domain/filterRegistry';
import { isIsoDate } from '../domain/checks';
import { FOCUS_DIRECTIONS, FOCUS_MODES, type FocusSettings } from '../domain/focus';
import { SIZE_MEASURES } from '../domain/measures';
import { DEFAULT_VIEW, LAYOUT_NAMES, type Selection, type ViewState, THEMES } from '../domain/view';
import { fail, ok, type ParseResult, type Problem } from './problems';
import { formatPathsView, PATHS_KEYS, PATHS_LIST_KEYS, pathsHashFields, pathsViewOf } from './pathsPermalink';

/** Longer than any real view; refuse early rather than split megabytes. */
export const MAX_HASH_LENGTH = 8000;

/** Keys of the view other than filters (each filter names its own key in the registry). */
const VIEW_KEYS = [
  'focus',
  'depth',
  'direction',
  'focusMode',
  'actor',
  'relation',
  'evidence',
  'layout',
  ...PATHS_KEYS,
  'size',
  'communities',
  'merge',
  'theme',
  'story',
  'step',
] as const;
const FILTER_KEYS = FILTER_REGISTRY.map((definition) => definition.link.name);
const KEYS: readonly string[] = [...FILTER_KEYS, ...VIEW_KEYS];
const LIST_KEYS: ReadonlySet<string> = new Set([
  ...FILTER_REGISTRY.filter((d) => d.link.format.type === 'ids' || d.link.format.type === 'choices').map(
    (d) => d.link.name,
  ),
  ...PATHS_LIST_KEYS,
]);

const LONE_SURROGATE = /\p{Cs}/u;
const id = z.string().check(
  z.minLength(1, 'is empty'),
  z.maxLength(200, 'is longer than 200 characters'),
  z.refine((s) => !LONE_SURROGATE.test(s), 'contains a broken character'),
);
const idList = z.array(id).check(z.maxLength(1000, 'lists more than 1000 ids'));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `must be one of ${values.join(', ')}` });
const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, `must be a whole number from ${min} to ${max}`)),
      z.transform(Number),
    ),
    z.number().check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`)),
  );

const flag = z.pipe(
  z.literal('1', { error: () => 'must be 1 when present' }),
  z.transform((): true => true),
);
const fraction = z.pipe(
  z
    .string()
    .check(
      z.regex(/^(0(\.\d{1,2})?|1(\.0{1,2})?)$/, 'must be a number from 0 to 1 with at most two decimals'),
    ),
  z.transform(Number),
);

/** `from..to`, either end empty (open) but not both; from no later than to. */
const dateRange = z.pipe(
  z.string().check(
    z.refine((text) => {
      const match = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(text);
      if (!match) return false;
      const [, from, to] = match;
      if (from === undefined && to === undefined) return false;
      if ((from !== undefined && !isIsoDate(from)) || (to !== undefined && !isIsoDate(to))) return false;
      return from === undefined || to === undefined || from <= to;
    }, 'must be two dates YYYY-MM-DD..YYYY-MM-DD, the first no later than the second (either may be left out)'),
  ),
  z.transform((text): readonly string[] => text.split('..')),
);

/** The validator for a filter's key, from the format its definition declares. */
function linkSchema(format: LinkFormat) {
  switch (format.type) {
    case 'ids':
      return idList;
    case 'choices':
      return z.array(oneOf(format.values));
    case 'wholeNumber':
      return wholeNumber(format.min, format.max);
    case 'fraction':
      return fraction;
    case 'flag':
      return flag;
    case 'dateRange':
      return dateRange;
  }
}

const filterSchemas = Object.fromEntries(
  FILTER_REGISTRY.map((definition) => [definition.link.name, z.optional(linkSchema(definition.link.format))]),
);

const hashSchema = z.strictObject({
  ...filterSchemas,
  focus: z.optional(id),
  depth: z.optional(
    z.pipe(z.enum(['1', '2', '3'], { error: () => 'must be 1, 2 or 3' }), z.transform(Number)),
  ),
  direction: z.optional(oneOf(FOCUS_DIRECTIONS)),
  focusMode: z.optional(oneOf(FOCUS_MODES)),
  actor: z.optional(id),
  relation: z.optional(id),
  /** 1-based, as people count sentences. */
  evidence: z.optional(wholeNumber(1, 999)),
  layout: z.optional(oneOf(LAYOUT_NAMES)),
  ...pathsHashFields(id, idList),
  size: z.optional(oneOf(SIZE_MEASURES)),
  communities: z.optional(flag),
  merge: z.optional(z.enum(['0', '1'], { error: () => 'must be 0 or 1' })),
  theme: z.optional(oneOf(THEMES)),
  story: z.optional(id),
  /** 1-based, as the presenter counts steps. */
  step: z.optional(wholeNumber(1, 999)),
});

type RawHash = Partial<Record<string, string | string[]>>;

/** Split `a=1&b=x,y` into decoded values; collects problems instead of throwing on bad escapes. */
function tokenize(body: string): { raw: RawHash; problems: Problem[] } {
  const raw: RawHash = {};
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    const key = safeDecode(name) ?? name;
    const path = `#${key.slice(0, 40)}`;
    if (!KEYS.includes(key)) {
      problems.push({ path, message: 'is not a setting this app knows' });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ path, message: 'appears more than once' });
      continue;
    }
    seen.add(key);
    const k = key;
    const pieces = LIST_KEYS.has(k) ? (value === '' ? [] : value.split(',')) : [value];
    const decoded = pieces.map(safeDecode);
    if (decoded.some((d) => d === null)) {
      problems.push({ path, message: 'contains a broken %-escape' });
      continue;
    }
    raw[k] = LIST_KEYS.has(k) ? (decoded as string[]) : decoded[0]!;
  }
  return { raw, problems };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Read a location hash (with or without the leading #). The empty hash is the default view. */
export function parsePermalink(hash: string): ParseResult<ViewState> {
  if (typeof hash !== 'string') return fail([{ path: '#', message: 'is not text' }]);
  if (hash.length > MAX_HASH_LENGTH) {
    return fail([{ path: '#', message: `is longer than ${MAX_HASH_LENGTH} characters` }]);
  }
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const { raw, problems } = tokenize(body);
  if (problems.length > 0) return fail(problems);
  const parsed = hashSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        path: `#${issue.path.map(String).join('.')}`,
        message: issue.message,
      })),
    );
  }
  const h = parsed.data;
  if (h.actor !== undefined && h.relation !== undefined) {
    return fail([{ path: '#actor', message: 'cannot be given together with relation' }]);
  }
  if (h.evidence !== undefined && h.relation === undefined) {
    return fail([{ path: '#evidence', message: 'needs a relation' }]);
  }
  const linked = h as Readonly<Record<string, LinkValue | undefined>>;
  const filters = Object.fromEntries(
    FILTER_REGISTRY.map((definition) => {
      const value = linked[definition.link.name];
      return [definition.key, value === undefined ? definition.default : definition.link.fromLink(value)];
    }),
  ) as unknown as Filters;
  const focusSettings: FocusSettings = {
    depth: (h.depth as FocusSettings['depth'] | undefined) ?? DEFAULT_VIEW.focusSettings.depth,
    direction: h.direction ?? DEFAULT_VIEW.focusSettings.direction,
    mode: h.focusMode ?? DEFAULT_VIEW.focusSettings.mode,
  };
  const selection: Selection | null =
    h.relation !== undefined
      ? { kind: 'relation', id: h.relation, evidenceIndex: (h.evidence ?? 1) - 1 }
      : h.actor !== undefined
        ? { kind: 'actor', id: h.actor }
        : null;
  if (h.step !== undefined && h.story === undefined) {
    return fail([{ path: '#step', message: 'needs a story' }]);
  }
  const paths = pathsViewOf(h);
  if (paths.problems.length > 0) return fail(paths.problems);
  return ok({
    filters,
    focusActor: h.focus ?? null,
    focusSettings,
    selection,
    layout: h.layout ?? DEFAULT_VIEW.layout,
    ...(paths.view ? { paths: paths.view } : {}),
    sizeBy: h.size ?? DEFAULT_VIEW.sizeBy,
    colourByCommunity: h.communities === true,
    ...(h.theme !== undefined && { theme: h.theme }),
    ...(h.merge !== undefined && { mergeParallel: h.merge === '1' }),
    ...(h.story !== undefined && { story: { id: h.story, step: (h.step ?? 1) - 1 } }),
  });
}

/** encodeURIComponent throws on a lone surrogate; an id holding one cannot round-trip anyway. */
const encode = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));
const list = (ids: readonly string[]) => ids.map(encode).join(',');
const linkText = (value: LinkValue, format: LinkFormat): string =>
  value === true
    ? '1'
    : typeof value === 'number'
      ? String(value)
      : format.type === 'dateRange'
        ? value.join('..')
        : list(value);

/** The hash for a view, with a leading # ("" for the default view). Keys come in a fixed order. */
export function formatPermalink(view: ViewState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  for (const definition of FILTER_REGISTRY) {
    const value = filterValue(view.filters, definition);
    if (!definition.isDefault(value))
      put(definition.link.name, linkText(definition.link.toLink(value), definition.link.format));
  }
  if (view.focusActor !== null) put('focus', encode(view.focusActor));
  const fs = view.focusSettings;
  if (fs.depth !== DEFAULT_VIEW.focusSettings.depth) put('depth', String(fs.depth));
  if (fs.direction !== DEFAULT_VIEW.focusSettings.direction) put('direction', fs.direction);
  if (fs.mode !== DEFAULT_VIEW.focusSettings.mode) put('focusMode', fs.mode);
  const sel = view.selection;
  if (sel?.kind === 'actor') put('actor', encode(sel.id));
  if (sel?.kind === 'relation') {
    put('relation', encode(sel.id));
    if (sel.evidenceIndex > 0) put('evidence', String(sel.evidenceIndex + 1));
  }
  if (view.layout !== DEFAULT_VIEW.layout) put('layout', view.layout);
  formatPathsView(view.paths, put, encode, list);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) put('size', view.sizeBy);
  if (view.colourByCommunity) put('communities', '1');
  if (view.mergeParallel !== undefined) put('merge', view.mergeParallel ? '1' : '0');
  if (view.theme !== undefined) put('theme', view.theme);
  if (view.story) put('story', `${encode(view.story.id)}&step=${view.story.step + 1}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
