import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { date } from '../../labels';
import { sponsorState } from './sponsorState';

/** One application that names the sponsor: who, and, while it awaits them, their decision with a comment. */
export function SponsorDecision({ applicationId }: { applicationId: string }) {
  const application = useApi(() => ok(recruitment.GET('/api/recruitment/sponsor/applications/{id}',
    { params: { path: { id: applicationId } } })), [applicationId]);
  return (
    <Loaded state={application}>{(a) => (
      <Page title={`${a.applicantName}'s application`} back={{ href: '/sponsor', text: 'Applications that name you' }}>
        <SummaryList rows={[
          { key: 'Applicant', value: a.applicantName },
          { key: 'Current role', value: a.currentRole },
          { key: 'Decide by', value: date(a.deadline) },
          { key: 'Status', value: <Tag {...sponsorState(a)} /> },
          ...(a.comment ? [{ key: 'Your comment', value: a.comment }] : []),
        ]} />
        {a.state === 'AWAITING_YOU' && <DecisionForm applicationId={applicationId} />}
      </Page>
    )}</Loaded>
  );
}

const MISSING = { decision: 'Select whether you endorse the application', comment: 'Enter a comment for the programme team' };

function DecisionForm({ applicationId }: { applicationId: string }) {
  const { route } = useLocation();
  const [decision, setDecision] = useState<'ENDORSED' | 'DECLINED'>();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<{ field: string; message: string }[]>([]);
  const { problem, busy, run } = useAction();
  const send = async (e: Event) => {
    e.preventDefault();
    const errors = [...(decision ? [] : [{ field: 'decision', message: MISSING.decision }]),
      ...(comment.trim() ? [] : [{ field: 'comment', message: MISSING.comment }])];
    setMissing(errors);
    if (errors.length) return;
    if (await run(() => ok(recruitment.POST('/api/recruitment/sponsor/applications/{id}/endorsement', {
      params: { path: { id: applicationId } }, body: { decision: decision!, comment: comment.trim() },
    })))) route('/sponsor?decided=1');
  };
  const errors = [...missing, ...(problem?.fieldErrors ?? [])];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form noValidate onSubmit={send}>
      <h2>Your decision</h2>
      <ErrorSummary errors={errors} message={problem && plainMessage(problem)} />
      <Choices name="decision" label="Do you endorse this application?" error={errorOf('decision')}
        options={[{ value: 'ENDORSED', text: 'Yes, I endorse it' }, { value: 'DECLINED', text: 'No, I do not endorse it' }]}
        value={decision ? [decision] : []} onChange={([value]) => setDecision(value as 'ENDORSED' | 'DECLINED')} />
      <Textarea name="comment" label="Your comment" hint="Why you support the applicant, or why not now. The applicant and the programme team see it."
        error={errorOf('comment')} value={comment} onInput={setComment} rows={4} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Send your decision</button>
    </form>
  );
}
