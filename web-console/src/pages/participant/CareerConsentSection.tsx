import { useEffect, useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, Select } from '../../components/Fields';
import { date } from '../../labels';

const SHARING = [
  { value: 'directory', text: 'The alumni directory: other alumni and the programme team see my name, current role and region' },
  { value: 'pool', text: "Local talent pools: talent leads of my local systems can find me for senior roles" },
  { value: 'email', text: 'Talent leads may also see my email address' },
];

/**
 * Career tracking is the participant's choice alone: consent (how long, and what is shared), change it, or withdraw,
 * which stops tracking at once (docs/cohorts.md, "Careers").
 */
export function CareerConsentSection({ participantId }: { participantId: string }) {
  const loaded = useApi(() => ok(cohort.GET('/api/cohorts/participants/{id}/career-consent', { params: { path: { id: participantId } } }))
    .catch((problem) => {
      if (problem instanceof ApiProblem && problem.status === 404) return null; // never asked yet
      throw problem;
    }), [participantId]);
  const consent = loaded.data;
  const [years, setYears] = useState('3');
  const [sharing, setSharing] = useState<string[]>([]);
  const { problem, busy, run } = useAction();
  useEffect(() => {
    if (consent?.status !== 'GIVEN') return;
    setYears(String(consent.trackForYears ?? 3));
    setSharing([consent.shareInAlumniDirectory && 'directory', consent.shareInTalentPool && 'pool', consent.shareEmailWithTalentLeads && 'email']
      .filter((value): value is string => Boolean(value)));
  }, [consent]);
  const give = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(cohort.PUT('/api/cohorts/participants/{id}/career-consent', { params: { path: { id: participantId } }, body: {
      trackForYears: Number(years), shareInAlumniDirectory: sharing.includes('directory'), shareInTalentPool: sharing.includes('pool'),
      shareEmailWithTalentLeads: sharing.includes('email'),
    } })))) loaded.reload();
  };
  const withdraw = async () => {
    if (await run(() => ok(cohort.DELETE('/api/cohorts/participants/{id}/career-consent', { params: { path: { id: participantId } } })))) loaded.reload();
  };
  if (loaded.data === undefined) return null;
  const given = consent?.status === 'GIVEN';
  return (
    <>
      <h2>Following your career</h2>
      <p class="nhsuk-body">{given
        ? `You agreed that the programme may follow your career until ${date(consent?.trackUntil)}. We ask how you are getting on from time to time.`
        : 'With your consent, the programme asks now and then how your career is going: it shows whether the scheme works, and you can share your progress with other alumni and local talent leads. You can stop at any time.'}</p>
      <form noValidate onSubmit={give}>
        <ProblemSummary problem={problem} />
        <Select name="trackForYears" label="For how many years?" error={fieldError(problem, 'trackForYears')}
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ value: String(n), text: `${n} ${n === 1 ? 'year' : 'years'}` }))}
          value={years} onChange={setYears} />
        <Choices name="sharing" label="What may be shared (select all that apply)" multiple small options={SHARING} value={sharing} onChange={setSharing} />
        <div class="nhsuk-button-group">
          <button type="submit" class="nhsuk-button" disabled={busy}>{given ? 'Save changes' : 'I agree to my career being followed'}</button>
          {given && <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={withdraw}>Stop following my career</button>}
        </div>
      </form>
    </>
  );
}
