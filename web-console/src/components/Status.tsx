import type { ComponentChildren } from 'preact';
import { plainMessage, type ApiProblem } from '../api/problem';
import { ErrorSummary } from './ErrorSummary';

/** What a page shows while its data loads, or when it could not: never a blank page. */
export function Loaded<T>({ state, children }: { state: LoadState<T>; children: (data: T) => ComponentChildren }) {
  if (state.problem) return <ErrorSummary errors={[]} message={plainMessage(state.problem)} />;
  if (state.data === undefined) return <p class="nhsuk-body" role="status">Loading…</p>;
  return <>{children(state.data)}</>;
}

export interface LoadState<T> {
  data?: T;
  problem?: ApiProblem;
}

/** An NHS.UK tag: a status in a few words. */
export function Tag({ text, colour }: { text: string; colour?: 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow' }) {
  return <strong class={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{text}</strong>;
}

/** A summary list: a question, its answer and, where it can be changed, a link to change it. */
export function SummaryList({ rows }: { rows: { key: string; value: ComponentChildren; change?: string }[] }) {
  return (
    <dl class="nhsuk-summary-list">
      {rows.map((row) => (
        <div class="nhsuk-summary-list__row" key={row.key}>
          <dt class="nhsuk-summary-list__key">{row.key}</dt>
          <dd class="nhsuk-summary-list__value">{row.value}</dd>
          {row.change && (
            <dd class="nhsuk-summary-list__actions">
              <a href={row.change}>Change<span class="nhsuk-u-visually-hidden"> {row.key.toLowerCase()}</span></a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
