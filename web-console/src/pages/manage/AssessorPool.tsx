import { useState } from 'preact/hooks';
import { assessment, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/Fields';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';

/** The assessor pool every stage allocates from: who is in it, whether each has declared conflicts, and adding one. */
export function AssessorPool() {
  const pool = useApi(() => ok(assessment.GET('/api/assessment/assessors')));
  const [adding, setAdding] = useState({ subject: '', displayName: '', organisationCode: '' });
  const { problem, busy, run } = useAction();
  const add = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(assessment.POST('/api/assessment/assessors', { body: {
      subject: adding.subject.trim(), displayName: adding.displayName.trim(), organisationCode: adding.organisationCode.trim().toUpperCase(),
    } })))) {
      setAdding({ subject: '', displayName: '', organisationCode: '' });
      pool.reload();
    }
  };
  const errorOf = (field: string) => fieldError(problem, field);
  return (
    <details class="nhsuk-details">
      <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">The assessor pool</span></summary>
      <div class="nhsuk-details__text">
        <p class="nhsuk-body">Assessors are given applications only once they have declared their conflicts of interest.</p>
        <Loaded state={pool}>{(assessors) => (
          <ul class="nhsuk-list">
            {assessors.map((assessor) => (
              <li key={assessor.subject}>{assessor.displayName} ({assessor.organisationCode}){' '}
                {assessor.declaredAt ? <Tag text={`Declared ${date(assessor.declaredAt)}`} colour="green" /> : <Tag text="Not declared" colour="orange" />}</li>
            ))}
          </ul>
        )}</Loaded>
        <form noValidate onSubmit={add}>
          <h3>Add an assessor</h3>
          <ProblemSummary problem={problem} />
          <TextInput name="subject" label="Their sign-in name" error={errorOf('subject')} value={adding.subject} onInput={(subject) => setAdding({ ...adding, subject })} />
          <TextInput name="displayName" label="Their name" error={errorOf('displayName')} value={adding.displayName} onInput={(displayName) => setAdding({ ...adding, displayName })} />
          <TextInput name="organisationCode" label="Their organisation's ODS code" width={10} error={errorOf('organisationCode')}
            value={adding.organisationCode} onInput={(organisationCode) => setAdding({ ...adding, organisationCode })} />
          <button type="submit" class="nhsuk-button nhsuk-button--secondary" disabled={busy}>Add to the pool</button>
        </form>
      </div>
    </details>
  );
}
