import { useEffect, useRef } from 'preact/hooks';
import { plainMessage, type ApiProblem, type FieldError } from '../api/problem';

/** The NHS.UK error summary: each error links to its field; it takes the focus so it is read out at once. */
export function ErrorSummary({ errors, message }: { errors: FieldError[]; message?: string }) {
  const summary = useRef<HTMLDivElement>(null);
  // Focus when what is wrong changes, not on every render: typing a correction must not lose its field's focus.
  useEffect(() => summary.current?.focus(), [JSON.stringify(errors), message]);
  if (errors.length === 0 && !message) return null;
  return (
    <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={summary}>
      <h2 class="nhsuk-error-summary__title" id="error-summary-title">There is a problem</h2>
      <div class="nhsuk-error-summary__body">
        {message && <p>{message}</p>}
        {errors.length > 0 && (
          <ul class="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => <li key={error.field}><a href={`#${fieldId(error.field)}`}>{error.message}</a></li>)}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The id of a field's input: API field names such as sponsor.email become sponsor-email. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The error summary of a refused request: its plain message and each invalid field linked to its input. */
export function ProblemSummary({ problem }: { problem?: ApiProblem }) {
  return <ErrorSummary errors={problem?.fieldErrors ?? []} message={problem && plainMessage(problem)} />;
}

/** What the API said about one field of a refused request, to show beside that field. */
export function fieldError(problem: ApiProblem | undefined, field: string): string | undefined {
  return problem?.fieldErrors.find((error) => error.field === field)?.message;
}
