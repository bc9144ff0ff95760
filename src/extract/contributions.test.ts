import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

// Contributions to a peace force, troops sent to help and a state's arms supplier aid the state helped
// (cues/materialCooperation.ts).

const ids = sortedIds;

describe('contributions of troops and peacekeepers', () => {
  it('reads troops contributed or pledged to a mission in a state', () => {
    expect(ids('Kenya has contributed troops to the mission in Somalia.')).toEqual(['kenya>somalia:aids']);
    expect(ids('Ghana pledged 800 troops to the peacekeeping force in Mali.')).toEqual(['ghana>mali:aids']);
    expect(ids("Kenya's troop contribution to Somalia has grown.")).toEqual(['kenya>somalia:aids']);
  });

  it('reads peacekeepers or a peacekeeping force sent, offered or deployed', () => {
    expect(ids('Uganda offered to send peacekeepers to Somalia.')).toEqual(['uganda>somalia:aids']);
    expect(ids('Rwanda will send a peacekeeping force to Sudan.')).toEqual(['rwanda>sudan:aids']);
    expect(ids('France deployed peacekeeping troops in Mali.')).toEqual(['france>mali:aids']);
  });

  it('reads troops sent to a state to help it, or at its request', () => {
    expect(ids('Ethiopia sent thousands of troops to Somalia to support the government.')).toEqual([
      'ethiopia>somalia:aids',
      'ethiopia>somalia:supports',
    ]);
    expect(ids("France sent troops into Mali at the request of the country's government.")).toEqual([
      'france>mali:aids',
    ]);
    expect(ids('Kenya sent troops into Somalia last month to chase down fighters.')).toEqual([]);
  });

  it('does not read troops sent anywhere, or a contribution to a body, as aid to a state', () => {
    expect(ids('Japan sent troops to Iraq.')).toEqual([]);
    expect(ids('Nigeria pledged troops to ECOWAS.')).toEqual([]);
    expect(ids('Ethiopia sent peacekeepers after Sudan and Egypt agreed.')).toEqual([]);
  });
});

describe('a gift to an actor', () => {
  it('is aid from its giver, with or without what was given', () => {
    expect(ids("China's gift of two pandas to the United States was welcomed.")).toEqual(['china>usa:aids']);
    expect(ids("It recalled China's gift to the United States.")).toEqual(['china>usa:aids']);
  });
});

describe('a supplier of an actor', () => {
  it('of arms aids the possessor; of oil or gas trades with it; alone it relates nobody', () => {
    // VOA: "Washington also is Taiwan's main arms supplier", "And China is North Korea's main oil supplier."
    expect(ids("Washington also is Taiwan's main arms supplier.")).toEqual(['usa>taiwan:aids']);
    expect(ids("China has long been one of Pakistan's major suppliers of weapons technology.")).toEqual([
      'china>pakistan:aids',
    ]);
    expect(ids("China is North Korea's main oil supplier.")).toEqual(['china>north-korea:trades_with']);
    expect(ids('China is the main arms supplier, Pakistan said.')).toEqual([]);
  });
});
