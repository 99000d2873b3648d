/** One invalid field, as the API names it. */
export interface FieldError {
  field: string;
  message: string;
}

/** An API refusal (RFC 9457 problem details) or a failure to reach the API, as the console shows it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
    readonly correlationId?: string,
  ) {
    super(detail);
  }

  static from(status: number, body: unknown): ApiProblem {
    const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    return new ApiProblem(
      status,
      typeof problem.title === 'string' ? problem.title : 'Something went wrong',
      typeof problem.detail === 'string' ? problem.detail : '',
      errors.filter((e): e is FieldError => e && typeof e.field === 'string' && typeof e.message === 'string'),
      typeof problem.correlationId === 'string' ? problem.correlationId : undefined,
    );
  }

  static unreachable(): ApiProblem {
    return new ApiProblem(0, 'Ascend could not be reached', '');
  }
}

/**
 * What to tell a person about a problem: plain words and what to do next. The API's own detail already says what
 * went wrong with a request (docs/architecture.md, "Errors"); refusals that are about the session, the role or the
 * platform's state get words of their own.
 */
export function plainMessage(problem: ApiProblem): string {
  switch (problem.status) {
    case 0:
      return 'Ascend could not be reached. Check your connection, then try again. Nothing you entered has been lost.';
    case 401:
      return 'Your sign-in has ended. Sign in again to carry on.';
    case 403:
      return 'Your role does not allow this. If you think it should, ask your programme team.';
    case 429:
      return 'There were too many requests in a short time. Wait a few seconds, then try again.';
    case 502:
    case 503:
    case 504:
      return `${problem.detail || 'Part of Ascend is busy or restarting.'} Try again in a minute.`;
    default:
      if (problem.status >= 500) {
        return `Something went wrong on our side. Try again later${problem.correlationId
          ? `, and quote reference ${problem.correlationId} if you contact the programme team` : ''}.`;
      }
      return problem.detail || problem.title;
  }
}
