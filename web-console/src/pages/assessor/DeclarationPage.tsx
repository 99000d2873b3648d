import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { assessment, ok } from '../../api/client';
import { ApiProblem, plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/assessment';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices, TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';

type Conflict = components['schemas']['ConflictBody'];

const KINDS: Record<Conflict['kind'], string> = {
  LINE_MANAGEMENT: 'I line-manage, or am managed by, someone there', PERSONAL: 'A personal relationship', OTHER: 'Something else',
};

/**
 * The assessor's declaration of conflicts of interest: the organisations they are tied to, whose applicants they
 * are never given. A declaration is always complete: "no conflicts" is a declaration too.
 */
export function DeclarationPage() {
  const me = useApi(() => ok(assessment.GET('/api/assessment/assessors/me')));
  return (
    <Page title="Declare your conflicts of interest" back={{ href: '/assessor', text: 'Your assessments' }}>
      <p class="nhsuk-body">Name each organisation where you line-manage someone, or have a personal or other tie
        that could affect your judgement. You are never given applications from those organisations.</p>
      <Loaded state={me}>{(assessor) => <DeclarationForm declared={(assessor.conflicts ?? []) as Conflict[]} />}</Loaded>
    </Page>
  );
}

function DeclarationForm({ declared }: { declared: Conflict[] }) {
  const { route } = useLocation();
  const [conflicts, setConflicts] = useState<Conflict[]>(declared);
  const [adding, setAdding] = useState<Partial<Conflict>>({});
  const [missing, setMissing] = useState<{ field: string; message: string }[]>([]);
  const { problem, busy, run } = useAction();
  const add = () => {
    const errors = [...(adding.kind ? [] : [{ field: 'kind', message: 'Select the kind of conflict' }]),
      ...(/^[A-Z0-9]{3,6}$/.test(adding.organisationCode ?? '') ? [] : [{ field: 'organisationCode', message: "Enter the organisation's ODS code, for example RR8" }]),
      ...(conflicts.some((conflict) => conflict.organisationCode === adding.organisationCode)
        ? [{ field: 'organisationCode', message: 'You have declared this organisation already' }] : [])];
    setMissing(errors);
    if (errors.length) return;
    setConflicts([...conflicts, adding as Conflict]);
    setAdding({});
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(assessment.PUT('/api/assessment/assessors/me/declaration', { body: { conflicts } })))) route('/assessor');
  };
  const errors = [...missing, ...(problem?.fieldErrors ?? [])];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form noValidate onSubmit={save}>
      <ErrorSummary errors={errors} message={problem && plainMessage(problem as ApiProblem)} />
      <h2>Your conflicts</h2>
      {conflicts.length === 0
        ? <p class="nhsuk-body">None: you declare no conflicts of interest.</p>
        : (
          <dl class="nhsuk-summary-list">
            {conflicts.map((conflict, index) => (
              <div class="nhsuk-summary-list__row" key={`${conflict.organisationCode}-${index}`}>
                <dt class="nhsuk-summary-list__key">{conflict.organisationCode}</dt>
                <dd class="nhsuk-summary-list__value">{KINDS[conflict.kind]}{conflict.note ? `: ${conflict.note}` : ''}</dd>
                <dd class="nhsuk-summary-list__actions">
                  <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    onClick={() => setConflicts(conflicts.filter((_, i) => i !== index))}>
                    Remove<span class="nhsuk-u-visually-hidden"> {conflict.organisationCode}</span></button>
                </dd>
              </div>
            ))}
          </dl>
        )}
      <details class="nhsuk-details" open={missing.length > 0}>
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Add a conflict</span></summary>
        <div class="nhsuk-details__text">
          <TextInput name="organisationCode" label="Organisation's ODS code" hint="For example RR8" width={10}
            error={errorOf('organisationCode')} value={adding.organisationCode ?? ''}
            onInput={(code) => setAdding({ ...adding, organisationCode: code.trim().toUpperCase() })} />
          <Choices name="kind" label="What is the tie?" error={errorOf('kind')}
            options={Object.entries(KINDS).map(([value, text]) => ({ value, text }))}
            value={adding.kind ? [adding.kind] : []} onChange={([kind]) => setAdding({ ...adding, kind: kind as Conflict['kind'] })} />
          <TextInput name="note" label="Note (optional)" value={adding.note ?? ''} onInput={(note) => setAdding({ ...adding, note })} />
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={add}>Add this conflict</button>
        </div>
      </details>
      <button type="submit" class="nhsuk-button" disabled={busy}>Save declaration</button>
    </form>
  );
}
