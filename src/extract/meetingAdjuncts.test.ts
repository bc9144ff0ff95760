import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation as relations } from './testing/sortedIds';

// Meetings whose partners follow a place or a time ("met in Baku with", "talks in Oslo between"), and
// meetings named as sessions or sitting down.

describe('meetings named as sessions or sitting down', () => {
  it('reads a session held with someone, a session between two and sitting down with someone', () => {
    expect(
      relations('Kerry held a long session with Iranian Foreign Minister Mohammed Javad Zarif.'),
    ).toEqual(['john-kerry>mohammed-javad-zarif:negotiates_with']);
    expect(
      relations('The 30-minute session between Secretary Powell and Chinese ambassador Li Zhaoxing ended.'),
    ).toEqual(['colin-powell>li-zhaoxing:negotiates_with']);
    expect(relations('Obama sat down with the Russian leader.')).toEqual([
      'barack-obama>russia:negotiates_with',
    ]);
  });

  it('reads no session opened with remarks', () => {
    expect(relations('NATO opened the session with brief public remarks.')).toEqual([]);
  });
});

describe('meetings after a place or a time', () => {
  it('reads the partner after a place when a state titles its name', () => {
    expect(relations("Cheney met Wednesday in Baku with Azerbaijan's President Ilham Aliyev.")).toEqual([
      'dick-cheney>ilham-aliyev:negotiates_with',
    ]);
  });

  it("reads a verb's partner after a weekday or a time ago, this week or last month", () => {
    expect(relations('President Joe Biden spoke Tuesday with Russian leader Vladimir Putin.')).toEqual([
      'joe-biden>putin:negotiates_with',
    ]);
    expect(relations('Biden spoke six days ago with Putin.')).toEqual(['joe-biden>putin:negotiates_with']);
    expect(
      relations('A peace deal signed last month by Abiy Ahmed and Isaias Afwerki ended the war.'),
    ).toEqual(['abiy-ahmed>isaias-afwerki:agrees_with']);
  });

  it('takes "late" and "early" as words of a time', () => {
    expect(
      relations('Kerry met in Jerusalem late Thursday with Israeli Prime Minister Benjamin Netanyahu.'),
    ).toEqual(['benjamin-netanyahu>john-kerry:negotiates_with']);
  });

  it('pairs the sides named after a place or a time and "between"', () => {
    expect(
      relations('The talks in Oslo between Sri Lanka and the Tamil Tigers were to be held Thursday.'),
    ).toEqual(['ltte>sri-lanka:negotiates_with']);
    expect(relations('The summit was overshadowed by talks a day earlier between China and Russia.')).toEqual(
      ['china>russia:negotiates_with'],
    );
  });

  it('pairs the sides named after a venue a place names ("at the Abuja airport")', () => {
    expect(
      relations('The meeting at the Abuja airport between Joseph Kabila and Paul Kagame ended.'),
    ).toEqual(['joseph-kabila>paul-kagame:negotiates_with']);
  });
});

describe('a visit held in an adjunct', () => {
  it("is the clause subject's, after a word for what kind of visit it is", () => {
    expect(relations('Hun Sen will meet Chinese Premier Wen Jiabao on a scheduled visit to China.')).toEqual([
      'china>hun-sen:negotiates_with',
      'hun-sen>wen-jiabao:negotiates_with',
    ]);
    expect(relations('Modi met Prayuth Chan-ocha during an official visit to Thailand.')).toContain(
      'narendra-modi>thailand:negotiates_with',
    );
  });
});
