import { describe, expect, it } from 'vitest';
import { ApiProblem, plainMessage } from './problem';

describe('plainMessage', () => {
  it('shows the API detail for a refused request', () => {
    const problem = ApiProblem.from(409, { title: 'Already applied', detail: 'You have applied to this intake already.' });
    expect(plainMessage(problem)).toBe('You have applied to this intake already.');
  });

  it('tells a person whose session ended to sign in again', () => {
    expect(plainMessage(ApiProblem.from(401, {}))).toMatch(/Sign in again/);
  });

  it('says what to do when the platform is busy, keeping the gateway detail', () => {
    const problem = ApiProblem.from(503, { detail: 'Recruitment is not answering; nothing was changed.' });
    expect(plainMessage(problem)).toBe('Recruitment is not answering; nothing was changed. Try again in a minute.');
  });

  it('gives the reference of a fault, never its internals', () => {
    const problem = ApiProblem.from(500, { detail: 'NullPointerException at ...', correlationId: 'abc-123' });
    expect(plainMessage(problem)).toContain('abc-123');
    expect(plainMessage(problem)).not.toContain('NullPointer');
  });

  it('keeps only well-formed field errors', () => {
    const problem = ApiProblem.from(400, { errors: [{ field: 'band', message: 'must be a band' }, { field: 3 }, null] });
    expect(problem.fieldErrors).toEqual([{ field: 'band', message: 'must be a band' }]);
  });

  it('says a connection failure lost nothing entered', () => {
    expect(plainMessage(ApiProblem.unreachable())).toMatch(/could not be reached.*Nothing you entered/);
  });
});
