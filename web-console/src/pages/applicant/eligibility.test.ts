import { describe, expect, it } from 'vitest';
import { describeRules, reasonsNotEligible } from './eligibility';

describe('eligibility', () => {
  const rules = { minBand: '8a', maxBand: '9', regions: ['Y60', 'Y63'] };

  it('describes the rules of a scheme in words', () => {
    expect(describeRules(rules)).toEqual([
      'You are at Band 8a to Band 9.',
      'You work in Midlands or North East and Yorkshire.',
    ]);
    expect(describeRules({})).toEqual([]);
  });

  it('finds a band below the scheme band, naming both', () => {
    expect(reasonsNotEligible(rules, { band: '7', regionCode: 'Y60' }))
      .toEqual(['This scheme is for Band 8a or above; you said Band 7.']);
  });

  it('orders bands as Agenda for Change does, 8a-8d between 7 and 9, VSM last', () => {
    expect(reasonsNotEligible(rules, { band: '8d' })).toEqual([]);
    expect(reasonsNotEligible(rules, { band: 'VSM' })).toHaveLength(1);
  });

  it('finds a region outside the scheme, and ignores what is not answered yet', () => {
    expect(reasonsNotEligible(rules, { regionCode: 'Y56' })).toHaveLength(1);
    expect(reasonsNotEligible(rules, {})).toEqual([]);
  });
});
