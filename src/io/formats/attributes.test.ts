import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorKind, attributeName, attributeValue, parseColour, rgbColour, writtenName } from './attributes';

const RESERVED = new Set(['kind', 'label']);

describe('attribute names', () => {
  it('prefix the names a reader takes for itself, in any case, and names that look prefixed', () => {
    expect(writtenName('kind', RESERVED)).toBe('attr:kind');
    expect(writtenName('Label', RESERVED)).toBe('attr:Label');
    expect(writtenName('attr:kind', RESERVED)).toBe('attr:attr:kind');
    expect(writtenName('attr:other', RESERVED)).toBe('attr:other');
    expect(writtenName('modularity_class', RESERVED)).toBe('modularity_class');
  });

  it('read back as the name that was written, whatever the name', () => {
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom('kind', 'KIND', 'label', 'attr:', 'attr:kind', 'attr:attr:label', 'attr:x'),
      fc
        .tuple(fc.nat({ max: 3 }), fc.constantFrom('kind', 'x', ''))
        .map(([n, rest]) => 'attr:'.repeat(n) + rest),
    );
    fc.assert(fc.property(name, (n) => attributeName(writtenName(n, RESERVED), RESERVED) === n));
  });

  it('are linear in a name made of many prefixes', () => {
    const long = `${'attr:'.repeat(200_000)}kind`;
    expect(attributeName(writtenName(long, RESERVED), RESERVED)).toBe(long);
  });
});

describe('attribute values', () => {
  it('keep scalars, write lists and objects as JSON, drop null and non-finite numbers', () => {
    expect([attributeValue('a'), attributeValue(2.5), attributeValue(false)]).toEqual(['a', 2.5, false]);
    expect(attributeValue(['AFR', 'EUR'])).toBe('["AFR","EUR"]');
    expect(attributeValue({ a: 1 })).toBe('{"a":1}');
    expect([attributeValue(null), attributeValue(Infinity), attributeValue(undefined)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('colours', () => {
  it('read #rrggbb, yEd #rrggbbaa, #rgb, rgb() and rgba(), in lower case', () => {
    expect(parseColour('#FFCC00')).toBe('#ffcc00');
    expect(parseColour('#99CCFF80')).toBe('#99ccff');
    expect(parseColour('#0f8')).toBe('#00ff88');
    expect(parseColour('rgb(255, 127, 14)')).toBe('#ff7f0e');
    expect(parseColour('rgba(1,2,3,0.5)')).toBe('#010203');
    expect(rgbColour('44', 160, '44.2')).toBe('#2ca02c');
  });

  it('ignore what they cannot read', () => {
    for (const value of ['teal', '#12345', 'rgb(300, 0, 0)', '', 42, null]) {
      expect(parseColour(value)).toBeUndefined();
    }
    expect(rgbColour(300, 0, 0)).toBeUndefined();
    expect(rgbColour(undefined, 0, 0)).toBeUndefined();
  });
});

describe('actor kinds', () => {
  it('are read in any case, and only the model’s own', () => {
    expect(actorKind('Organization')).toBe('organization');
    expect(actorKind(' STATE ')).toBe('state');
    expect(actorKind('Newspaper')).toBeUndefined();
    expect(actorKind(3)).toBeUndefined();
  });
});
