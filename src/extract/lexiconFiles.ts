/**
 * The lexicon files checked on first use: data/lexicon/actors.json (generated) and extra-actors.json
 * (hand-written). A file of the wrong shape stops with a message naming the file and the entry.
 */
import {
  TYPE_RANK,
  type ExtraActor,
  type ExtraLexiconFile,
  type GeneratedLexiconFile,
  type LexiconActor,
  type LexiconAlias,
} from './lexicon';

const ALIAS_TYPES = new Set<string>(Object.keys(TYPE_RANK));
const KINDS = new Set<string>(['person', 'state', 'organization', 'bloc', 'group']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAliases(value: unknown, where: string): LexiconAlias[] {
  if (!Array.isArray(value)) throw new Error(`${where}.aliases: expected an array`);
  return value.map((alias: unknown, i) => {
    if (!isRecord(alias) || typeof alias['text'] !== 'string' || !ALIAS_TYPES.has(String(alias['type']))) {
      throw new Error(`${where}.aliases[${i}]: expected { text, type } with a known type`);
    }
    return alias as unknown as LexiconAlias;
  });
}

function checkActor(value: unknown, where: string, partial: boolean): ExtraActor {
  if (!isRecord(value) || typeof value['id'] !== 'string' || value['id'] === '') {
    throw new Error(`${where}: expected an actor with an id`);
  }
  if (!partial || value['label'] !== undefined) {
    if (typeof value['label'] !== 'string') throw new Error(`${where}: expected a label`);
  }
  if (!partial || value['kind'] !== undefined) {
    if (!KINDS.has(String(value['kind']))) throw new Error(`${where}: unknown kind ${String(value['kind'])}`);
  }
  if (value['aliases'] !== undefined || !partial) checkAliases(value['aliases'], where);
  return value as unknown as ExtraActor;
}

function checkStrings(value: unknown, where: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${where}: expected an array of strings`);
  }
  return value as string[];
}

/** The shape of data/lexicon/actors.json, or an error naming the first bad entry. */
export function checkGeneratedLexiconFile(value: unknown, name: string): GeneratedLexiconFile {
  if (!isRecord(value) || !Array.isArray(value['actors']))
    throw new Error(`${name}: expected { actors: [] }`);
  const actors = value['actors'].map((actor: unknown, i) =>
    checkActor(actor, `${name}: actors[${i}]`, false),
  );
  return { actors: actors as LexiconActor[] };
}

/** The shape of data/lexicon/extra-actors.json, or an error naming the first bad entry. */
export function checkExtraLexiconFile(value: unknown, name: string): ExtraLexiconFile {
  if (!isRecord(value) || !Array.isArray(value['actors']))
    throw new Error(`${name}: expected { actors: [] }`);
  const actors = value['actors'].map((actor: unknown, i) => checkActor(actor, `${name}: actors[${i}]`, true));
  const dropAliases = checkStrings(value['dropAliases'], `${name}: dropAliases`);
  const ambiguousAliases = checkStrings(value['ambiguousAliases'], `${name}: ambiguousAliases`);
  const nonActors = checkStrings(value['nonActors'], `${name}: nonActors`);
  return {
    actors,
    ...(dropAliases ? { dropAliases } : {}),
    ...(ambiguousAliases ? { ambiguousAliases } : {}),
    ...(nonActors ? { nonActors } : {}),
  };
}
