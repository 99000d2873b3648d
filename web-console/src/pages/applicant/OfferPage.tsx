import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { cohort, ok } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, SummaryList } from '../../components/Status';
import { date } from '../../labels';

type Decline = components['schemas']['Decline'];

const REASONS: Record<Decline['reason'], string> = {
  ROLE_OR_JOB_CHANGE: 'A change of role or job', PERSONAL_CIRCUMSTANCES: 'Personal circumstances', WORKLOAD: 'My workload',
  PROGRAMME_DATES: 'The programme dates', EMPLOYER_SUPPORT: "My employer's support", OTHER_DEVELOPMENT: 'Another development opportunity',
  OTHER: 'Something else',
};

/** An offer of a place: accept it, or decline it with a reason, before it runs out. */
export function OfferPage({ offerId }: { offerId: string }) {
  const offers = useApi(() => ok(cohort.GET('/api/cohorts/me/offers')), [offerId]);
  return (
    <Loaded state={offers}>{(list) => {
      const offer = list.find((o) => o.id === offerId);
      if (!offer) return <Page title="Offer not found"><p class="nhsuk-body">This offer is not yours, or no longer exists.</p></Page>;
      return (
        <Page title="Your offer of a place" back={{ href: '/applicant', text: 'Your applications' }}>
          <SummaryList rows={[
            { key: 'Your place in the ranking', value: String(offer.rank) },
            { key: 'Answer by', value: date(offer.respondBy) },
          ]} />
          {offer.status === 'OFFERED' ? <Answer offerId={offerId} /> : <p class="nhsuk-body">You have answered this offer.</p>}
        </Page>
      );
    }}</Loaded>
  );
}

function Answer({ offerId }: { offerId: string }) {
  const { route } = useLocation();
  const [answer, setAnswer] = useState<'accept' | 'decline'>();
  const [reason, setReason] = useState<Decline['reason']>();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<{ field: string; message: string }[]>([]);
  const { problem, busy, run } = useAction();
  const send = async (e: Event) => {
    e.preventDefault();
    const errors = [...(answer ? [] : [{ field: 'answer', message: 'Select whether you accept the place' }]),
      ...(answer === 'decline' && !reason ? [{ field: 'reason', message: 'Select why you are declining' }] : [])];
    setMissing(errors);
    if (errors.length) return;
    const path = { params: { path: { id: offerId } } };
    if (await run(() => ok(answer === 'accept' ? cohort.POST('/api/cohorts/offers/{id}/accept', path)
      : cohort.POST('/api/cohorts/offers/{id}/decline', { ...path, body: { reason: reason!, note: note.trim() || undefined } })))) {
      route(`/applicant?offer=${answer === 'accept' ? 'accepted' : 'declined'}`);
    }
  };
  const errors = [...missing, ...(problem?.fieldErrors ?? [])];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form noValidate onSubmit={send}>
      <ErrorSummary errors={errors} message={problem && plainMessage(problem)} />
      <Choices name="answer" label="Do you accept the place?" error={errorOf('answer')}
        options={[{ value: 'accept', text: 'Yes, I accept the place' }, { value: 'decline', text: 'No, I decline it' }]}
        value={answer ? [answer] : []} onChange={([value]) => setAnswer(value as 'accept' | 'decline')} />
      {answer === 'decline' && (
        <>
          <Choices name="reason" label="Why are you declining?" hint="The place goes to the next person on the waiting list." small error={errorOf('reason')}
            options={Object.entries(REASONS).map(([value, text]) => ({ value, text }))} value={reason ? [reason] : []}
            onChange={([value]) => setReason(value as Decline['reason'])} />
          <Textarea name="note" label="Anything you want to add (optional)" rows={3} value={note} onInput={setNote} />
        </>
      )}
      <button type="submit" class="nhsuk-button" disabled={busy}>Send your answer</button>
    </form>
  );
}
