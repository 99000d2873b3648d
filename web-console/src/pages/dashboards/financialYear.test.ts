import { describe, expect, it } from 'vitest';
import { financialYear } from './financialYear';

describe('financialYear', () => {
  it('starts on 1 April', () => {
    expect(financialYear(new Date('2027-03-31T23:00:00Z'))).toBe('2026/27');
    expect(financialYear(new Date('2027-04-01T00:00:00Z'))).toBe('2027/28');
  });

  it('writes the century turn as 00', () => {
    expect(financialYear(new Date('2099-12-01T00:00:00Z'))).toBe('2099/00');
  });
});
