import { describe, expect, it } from 'vitest';
import { sortedIds as ids } from './testing/sortedIds';

describe('a pair that agreed to act', () => {
  it('agrees with each other, whatever was agreed', () => {
    expect(ids('Thailand and Cambodia agreed to allow Indonesian monitors to go to the border.')).toEqual([
      'cambodia>thailand:agrees_with',
    ]);
    expect(ids('Japan and South Korea agreed to share intelligence.')).toEqual([
      'japan>south-korea:agrees_with',
    ]);
  });

  it('leaves a cue after "to" to say what was agreed, and one actor agreeing relates nobody', () => {
    expect(ids('India and Pakistan have agreed to hold talks.')).toEqual(['india>pakistan:negotiates_with']);
    expect(ids('Finland and Estonia agreed to expand their naval cooperation.')).toEqual([
      'estonia>finland:cooperates_with',
    ]);
    expect(ids('Russia agreed to withdraw its troops.')).toEqual([]);
  });

  it('agrees when two or more sign something, and one signer relates nobody', () => {
    expect(ids('The accord was signed by Foreign Minister Wang Yi and Sergei Lavrov.')).toEqual([
      'sergei-lavrov>wang-yi:agrees_with',
    ]);
    expect(ids('The law was signed by Putin.')).toEqual([]);
  });
});

describe('telling, ordering or instructing someone to act', () => {
  it('is a demand on the actor right after the verb', () => {
    expect(ids('China told Vietnam to stop drilling.')).toEqual(['china>vietnam:demands']);
    expect(ids('The US ordered Iran to release the tanker.')).toEqual(['usa>iran:demands']);
    // Working on another to act: "get X to", "convince X to".
    expect(ids('China and the US worked to get North Korea and Iran to give up their programs.')).toEqual([
      'china>iran:demands',
      'china>north-korea:demands',
      'usa>iran:demands',
      'usa>north-korea:demands',
    ]);
    expect(ids('China hopes to convince North Korea to return to talks.')).toEqual([
      'china>north-korea:demands',
    ]);
  });

  it('is not a demand without "to" and a verb after the actor', () => {
    // Told something, the person is spoken with (the `told-in-person` rule), not asked to act.
    expect(ids('Xi told Putin on Monday that China would help.')).toEqual([
      'putin>xi-jinping:negotiates_with',
    ]);
    expect(ids('Putin told reporters that Russia would respond.')).toEqual([]);
    expect(ids('Iran wants to get the bomb.')).toEqual([]);
  });
});

describe('ending relations', () => {
  it('reads ending diplomatic relations as a sanction, like cutting them', () => {
    expect(ids('Bahrain and the Maldives ended diplomatic relations with Qatar on Monday.')).toEqual([
      'bahrain>qatar:sanctions',
      'maldives>qatar:sanctions',
    ]);
  });
});

describe('pressure from someone', () => {
  it('is their demand on the one under it', () => {
    expect(ids('Georgia has been under pressure from the United States and the European Union.')).toEqual([
      'eu>georgia:demands',
      'usa>georgia:demands',
    ]);
    expect(ids('Iran faces growing pressure from the EU.')).toEqual(['eu>iran:demands']);
    // Events press, not their owner.
    expect(ids("Tokyo drew closer under pressure from Pyongyang's missile tests.")).toEqual([]);
  });
});

describe('sanctions from someone', () => {
  it('are imposed by them on the one facing them', () => {
    expect(
      ids("Fiji's military leaders are facing sanctions from the United States, Australia and New Zealand."),
    ).toEqual(['australia>fiji:sanctions', 'new-zealand>fiji:sanctions', 'usa>fiji:sanctions']);
    expect(ids('Iran is under sanctions from the UN Security Council.')).toEqual([
      'un-security-council>iran:sanctions',
    ]);
  });
});

describe('encouraging someone to act', () => {
  it('courts them, as urging does', () => {
    expect(ids('NATO was encouraging Georgia and Ukraine to pursue major reforms.')).toEqual([
      'nato>georgia:courts',
      'nato>ukraine:courts',
    ]);
  });
});

describe('a warning given or sent to someone', () => {
  it('warns them, and is no aid', () => {
    expect(ids('Chavez had given a warning to Mexico on Sunday.')).toEqual(['hugo-chavez>mexico:warns']);
    expect(ids('Japan gave $1 billion to Indonesia.')).toEqual(['japan>indonesia:aids']);
  });
});
