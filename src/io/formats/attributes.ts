/**
 * Attributes: the values of a file's nodes and edges that have no field of their own in the model.
 * How readers turn what a file holds into attribute values, colours, positions and actor kinds, and
 * how writers name attributes so that none reads back as one of the format's own fields.
 */
import type { ActorKind, AttributeValue, Attributes } from '../../domain/types';
import { ACTOR_KINDS } from '../../domain/types';

/**
 * Written before an attribute's name when the name is one the format's reader takes for itself
 * ("kind", "label"), so that the value comes back as the same attribute and not as that field.
 */
export const ATTRIBUTE_PREFIX = 'attr:';

/** Names (lower case) a format's reader takes for itself, per element class. */
export type Reserved = ReadonlySet<string>;

/** What every reader takes for an actor's own fields; each format adds its own names. */
const ACTOR_NAMES = [
  'label',
  'kind',
  'type',
  'category',
  'aliases',
  'aliases_json',
  'country',
  'affiliation',
];
/** What every reader takes for a relation's own fields; each format adds its own names. */
const RELATION_NAMES = ['label', 'edge label', 'kind', 'type', 'relation', 'interaction', 'polarity', 'quad'];
const RELATION_DATA = ['directed', 'evidence_count', 'evidence_json', 'automatic', 'note'];

/** A format's reserved node names: the shared actor fields and the format's own. */
export const nodeReserved = (...own: string[]): Reserved => new Set([...ACTOR_NAMES, ...own]);
/** A format's reserved edge names: the shared relation fields and the format's own. */
export const edgeReserved = (...own: string[]): Reserved =>
  new Set([...RELATION_NAMES, ...RELATION_DATA, ...own]);

/** Whether a name needs the prefix: it is reserved once any leading prefixes are stripped. */
function needsPrefix(name: string, reserved: Reserved): boolean {
  let at = 0;
  while (name.startsWith(ATTRIBUTE_PREFIX, at)) at += ATTRIBUTE_PREFIX.length;
  return reserved.has(name.slice(at).toLowerCase());
}

/** The name an attribute is written under. */
export const writtenName = (name: string, reserved: Reserved): string =>
  needsPrefix(name, reserved) ? `${ATTRIBUTE_PREFIX}${name}` : name;

/** The attribute a written name stands for; the inverse of writtenName. */
export function attributeName(written: string, reserved: Reserved): string {
  if (!written.startsWith(ATTRIBUTE_PREFIX)) return written;
  const rest = written.slice(ATTRIBUTE_PREFIX.length);
  return needsPrefix(rest, reserved) ? rest : written;
}

/**
 * A value from a file as an attribute: strings, finite numbers and booleans as they are, lists and
 * objects as JSON text (the model holds scalars only); null and non-finite numbers are dropped.
 */
export function attributeValue(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value === null || value === undefined || typeof value !== 'object') return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // a cycle cannot come from parsed JSON; be safe anyway
  }
}

/** The actor kind a value names (any case), if it names one. */
export function actorKind(value: unknown): ActorKind | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return ACTOR_KINDS.find((kind) => kind === lower);
}

const HEX = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i;
const SHORT_HEX = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB_FUNCTION = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+%?\s*)?\)$/i;

const channel = (value: unknown): string | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 255) return undefined;
  return Math.round(n).toString(16).padStart(2, '0');
};

/** A colour from red, green and blue channels (0–255), as #rrggbb. */
export function rgbColour(r: unknown, g: unknown, b: unknown): string | undefined {
  const parts = [channel(r), channel(g), channel(b)];
  return parts.every((part) => part !== undefined) ? `#${parts.join('')}` : undefined;
}

/**
 * A colour as #rrggbb (lower case) from the ways tools write one: #rrggbb, #rrggbbaa (yEd), #rgb,
 * rgb(r, g, b). Anything else, named colours included, is not read.
 */
export function parseColour(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) return `#${(hex[1] ?? '').toLowerCase()}`;
  const short = SHORT_HEX.exec(text);
  if (short)
    return `#${short
      .slice(1, 4)
      .map((c) => `${c}${c}`.toLowerCase())
      .join('')}`;
  const rgb = RGB_FUNCTION.exec(text);
  return rgb ? rgbColour(rgb[1], rgb[2], rgb[3]) : undefined;
}

/** A number from a number or numeric text; undefined unless finite. */
export function finiteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A position from two coordinates, when both are finite numbers. */
export function position(x: unknown, y: unknown): { x: number; y: number } | undefined {
  const px = finiteNumber(x);
  const py = finiteNumber(y);
  return px === undefined || py === undefined ? undefined : { x: px, y: py };
}

// ---------------------------------------------------------------------------------------------
// Writing: typed columns for the XML formats

/** The value types the XML writers declare: GEXF and GraphML both know these four. */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean';

export interface Column {
  /** The declaration's id in the file. */
  readonly id: string;
  /** The name written (prefixed when reserved). */
  readonly title: string;
  readonly type: ColumnType;
}

export interface Columns {
  readonly list: readonly Column[];
  /** The column a value of an attribute is written in. */
  readonly of: (name: string, value: AttributeValue) => Column;
}

/**
 * One column per attribute name and value type, in order of first use. Numbers of a name are whole
 * (long) when all are safe integers, else double, so each comes back as the same number. A name that
 * holds values of several types gets one column per type under the same title, so none is converted.
 * With `titleIds`, a column's id is its title where no other declaration has it (readers that key
 * values by id then show the name), else the prefix and a number.
 */
export function attributeColumns(
  items: readonly { readonly attributes?: Attributes }[],
  reserved: Reserved,
  idPrefix: string,
  titleIds?: ReadonlySet<string>,
): Columns {
  const fractional = new Set<string>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      if (typeof value === 'number' && !Number.isSafeInteger(value)) fractional.add(name);
    }
  }
  const typeOf = (name: string, value: AttributeValue): ColumnType =>
    typeof value === 'boolean'
      ? 'boolean'
      : typeof value === 'number'
        ? fractional.has(name)
          ? 'double'
          : 'long'
        : 'string';
  const byKey = new Map<string, Column>();
  const list: Column[] = [];
  const ids = new Set(titleIds);
  const idFor = (title: string): string => {
    let id = titleIds && !ids.has(title) ? title : `${idPrefix}${list.length}`;
    for (let n = list.length; ids.has(id); n += 1) id = `${idPrefix}${n}`;
    ids.add(id);
    return id;
  };
  const keyOf = (name: string, value: AttributeValue) => `${typeOf(name, value)}\u0000${name}`;
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      const key = keyOf(name, value);
      if (byKey.has(key)) continue;
      const title = writtenName(name, reserved);
      const column = { id: idFor(title), title, type: typeOf(name, value) };
      byKey.set(key, column);
      list.push(column);
    }
  }
  return {
    list,
    of: (name, value) => {
      const column = byKey.get(keyOf(name, value));
      if (!column) throw new Error(`no column for attribute ${name}`);
      return column;
    },
  };
}
