import { describe, expect, it } from 'vitest';
import { sortedIdsMarkingNegation } from './testing/sortedIds';

// Bids for membership of a bloc, and the bloc's answer.

const relations = sortedIdsMarkingNegation;

describe('a bid to join', () => {
  it('courts the bloc when a state applies, hopes, wants or seeks to join it', () => {
    expect(relations('Finland applied to join NATO in May.')).toEqual(['finland>nato:courts']);
    expect(relations('Georgia hopes to join the European Union.')).toEqual(['georgia>eu:courts']);
    expect(relations('Moldova is hoping to join the EU.')).toEqual(['moldova>eu:courts']);
    expect(relations('Turkey has long sought to join the EU.')).toEqual(['turkiye>eu:courts']);
    expect(relations('Ukraine applied for membership of the European Union.')).toEqual(['ukraine>eu:courts']);
    expect(relations('Serbia is seeking membership in the EU.')).toEqual(['serbia>eu:courts']);
    expect(relations('Serbia is seeking accession to the European Union.')).toEqual(['serbia>eu:courts']);
    expect(relations('Serbia applied for accession to the EU.')).toEqual(['serbia>eu:courts']);
  });

  it('does not pair the states invited to talks toward membership with each other', () => {
    // VOA, 2008: "NATO leaders invited Croatia and Albania to begin talks toward alliance membership."
    expect(relations('NATO invited Croatia and Albania to begin talks toward alliance membership.')).toEqual([
      'nato>albania:courts',
      'nato>croatia:courts',
    ]);
    // Talks between the two themselves still pair them.
    expect(relations('Croatia and Albania began talks on Monday.')).toEqual([
      'albania>croatia:negotiates_with',
    ]);
  });

  it('still reads joining as membership', () => {
    expect(relations('Sweden joined NATO in 2024.')).toEqual(['nato>sweden:allies_with']);
  });

  it('reads nothing from a bare "X\'s bid to join Z"', () => {
    expect(relations("Georgia's bid to join the EU has stalled.")).toEqual([]);
  });

  it('does not read a wish to join a state in something else as a bid', () => {
    expect(relations('France wants to join Germany in the talks.')).toEqual([]);
  });
});

describe('the answer to a bid', () => {
  it('rejects the bidders when the bloc turns down, rebuffs or rejects their bid', () => {
    expect(
      relations('NATO turned down a bid by Georgia and Ukraine to be put on a path to membership.'),
    ).toEqual(['nato>georgia:rejects', 'nato>ukraine:rejects']);
    expect(relations('The EU rebuffed an application from Turkey.')).toEqual(['eu>turkiye:rejects']);
  });

  it('courts the candidate it offers membership to', () => {
    expect(relations('NATO offered membership to Georgia.')).toEqual(['nato>georgia:courts']);
  });
});

describe('a bloc that includes its members', () => {
  it('relates the bloc, named plainly or as the possessor of its membership, to each member', () => {
    expect(relations('The BRICS group includes Brazil, Russia and India.')).toEqual([
      'brazil>brics:allies_with',
      'brics>india:allies_with',
      'brics>russia:allies_with',
    ]);
    expect(relations("NATO's last expansion in 2004 included Estonia, Latvia and Lithuania.")).toEqual([
      'estonia>nato:allies_with',
      'latvia>nato:allies_with',
      'lithuania>nato:allies_with',
    ]);
  });

  it('finds the bloc named before the description that includes the members', () => {
    expect(
      relations(
        'The Shanghai Cooperation Organization is a regional security group that includes Russia and China.',
      ),
    ).toEqual(['china>sco:allies_with', 'russia>sco:allies_with']);
    expect(relations('ASEAN, a 10-nation bloc that includes Myanmar, met on Friday.')).toEqual([
      'asean>myanmar:allies_with',
    ]);
    // A description of no named bloc, or a plain subject before a description, names no member.
    expect(relations('Iran met the group that includes Britain and France.')).toEqual([]);
    expect(relations('Iran is a rival of a bloc that includes Britain and France.')).toEqual([]);
  });

  it('relates the members a bloc names as examples, after "like" or "such as"', () => {
    expect(relations('Some EU members like Romania are wary.')).toEqual(['eu>romania:allies_with']);
    expect(relations('The plan worries NATO members such as Poland.')).toEqual(['nato>poland:allies_with']);
  });

  it('relates nobody when the subject is no bloc, or a list runs on past the members', () => {
    expect(relations('The talks included China and Japan.')).toEqual([]);
    expect(relations("Russia's allies include Belarus and Syria.")).toEqual([]);
    expect(relations('The Taliban delegation includes Mullah Abbas Akhund.')).toEqual([]);
    // "including" lists more than members: Belarus is criticised, not made a member.
    expect(relations('The EU criticised several states, including Belarus.')).toEqual([
      'eu>belarus:denounces',
    ]);
  });
});
