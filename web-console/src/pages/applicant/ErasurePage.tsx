import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { signOut } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices } from '../../components/Fields';
import { Page } from '../../components/Page';

/** The right to erasure: the person's applications are anonymised everywhere; only anonymous totals remain. */
export function ErasurePage() {
  const [understood, setUnderstood] = useState(false);
  const [missing, setMissing] = useState(false);
  const [erased, setErased] = useState(false);
  const { problem, busy, run } = useAction();
  const erase = async (e: Event) => {
    e.preventDefault();
    setMissing(!understood);
    if (!understood) return;
    setErased(await run(() => ok(recruitment.POST('/api/recruitment/me/erasure', { body: { confirm: true } }))));
  };
  if (erased) {
    return (
      <Page title="Your data has been erased">
        <p class="nhsuk-body">Your applications have been anonymised in every part of Ascend. The programme's totals still
          count them, without anything that could identify you.</p>
        <button type="button" class="nhsuk-button" onClick={() => signOut()}>Sign out</button>
      </Page>
    );
  }
  const error = missing ? 'Confirm that you understand this cannot be undone' : undefined;
  return (
    <Page title="Ask for your data to be erased" back={{ href: '/applicant', text: 'Your applications' }}>
      <div class="nhsuk-warning-callout">
        <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">Important: </span>This cannot be undone</h2>
        <p>Your applications, your answers and your equality monitoring answers are anonymised at once. Any application
          still being considered is withdrawn. Download your data first if you want a copy.</p>
      </div>
      <form noValidate onSubmit={erase}>
        <ErrorSummary errors={error ? [{ field: 'confirm', message: error }] : []} message={problem && plainMessage(problem)} />
        <Choices name="confirm" label="Confirm" multiple error={error} options={[{ value: 'yes', text: 'I understand that my data will be erased and this cannot be undone' }]}
          value={understood ? ['yes'] : []} onChange={(value) => setUnderstood(value.includes('yes'))} />
        <button type="submit" class="nhsuk-button nhsuk-button--warning" disabled={busy}>Erase my data</button>
      </form>
    </Page>
  );
}
