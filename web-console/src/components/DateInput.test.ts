import { describe, expect, it } from 'vitest';
import { isoDate } from './DateInput';

describe('isoDate', () => {
  it('reads a date as people write it', () => {
    expect(isoDate({ day: '1', month: '9', year: '2027' })).toBe('2027-09-01');
  });

  it('refuses a date that does not exist, or a short year', () => {
    expect(isoDate({ day: '31', month: '2', year: '2027' })).toBeUndefined();
    expect(isoDate({ day: '1', month: '13', year: '2027' })).toBeUndefined();
    expect(isoDate({ day: '1', month: '9', year: '27' })).toBeUndefined();
    expect(isoDate({ day: '', month: '', year: '' })).toBeUndefined();
  });
});
