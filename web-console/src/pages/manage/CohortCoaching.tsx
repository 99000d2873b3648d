import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Select, TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Scrollable } from '../../components/Scrollable';
import { Loaded } from '../../components/Status';
import { REGIONS, options } from '../../labels';
import { useCohort } from '../useIntakes';
import { CohortNav } from './CohortNav';
import { participantName } from './CohortParticipants';

type MatchReport = components['schemas']['MatchReport'];

/** Coaching for a cohort: who is paired with whom and why, a matching run for those without a coach, and the pool. */
export function CohortCoaching({ cohortId }: { cohortId: string }) {
  const loaded = useCohort(cohortId);
  const state = useApi(async () => {
    const [pairs, coaches, participants] = await Promise.all([
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/coaching', { params: { path: { cohortId } } })),
      ok(cohort.GET('/api/cohorts/coaches')),
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/participants', { params: { path: { cohortId } } }))]);
    return { pairs, coaches, participants };
  }, [cohortId]);
  const [report, setReport] = useState<MatchReport>();
  const matching = useAction();
  const match = () => matching.run(async () => {
    setReport(await ok(cohort.POST('/api/cohorts/cohorts/{cohortId}/coaching/match', { params: { path: { cohortId } } })));
    state.reload();
  });
  return (
    <Loaded state={loaded}>{({ cohort: theCohort, scheme }) => (
      <Page title="Coaches and matching" caption={`${scheme.name}: ${theCohort.name}`} back={{ href: `/manage/intakes/${theCohort.intakeId}/cohorts`, text: 'Cohorts and offers' }}>
        <CohortNav cohortId={cohortId} current="/coaching" />
        <Loaded state={state}>{({ pairs, coaches, participants }) => {
          const coachName = (id?: string) => coaches.find((c) => c.id === id)?.displayName ?? 'A coach';
          const personName = (id?: string) => {
            const participant = participants.find((p) => p.id === id);
            return participant ? participantName(participant) : 'A participant';
          };
          return (
            <>
              <h2>Pairs</h2>
              {pairs.length === 0 ? <p class="nhsuk-body">Nobody in this cohort has a coach yet.</p> : (
                <Scrollable label="Coaching pairs">
                  <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Coaching pairs of {theCohort.name}</caption>
                    <thead class="nhsuk-table__head"><tr><th scope="col">Participant</th><th scope="col">Coach</th><th scope="col">Why</th></tr></thead>
                    <tbody class="nhsuk-table__body">
                      {pairs.map((pair) => (
                        <tr class="nhsuk-table__row" key={pair.participantId}>
                          <td class="nhsuk-table__cell">{personName(pair.participantId)}</td>
                          <td class="nhsuk-table__cell">{coachName(pair.coachId)}</td>
                          <td class="nhsuk-table__cell">{pair.reason}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Scrollable>
              )}
              <p class="nhsuk-body">Matching pairs each active participant who has no coach yet, taking their ranked choices
                into account, within each coach's capacity, and never with a coach from their own organisation or with a declared conflict.</p>
              <ProblemSummary problem={matching.problem} />
              <button type="button" class="nhsuk-button" disabled={matching.busy || coaches.length === 0} onClick={match}>Match coaches</button>
              {report && (
                <div class="nhsuk-inset-text" role="status">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>Matching made {report.made?.length ?? 0} {report.made?.length === 1 ? 'pair' : 'pairs'}.</p>
                  {Object.entries(report.notMatched ?? {}).map(([participantId, why]) => <p key={participantId}>{personName(participantId)} was not matched: {why}</p>)}
                </div>
              )}
              <h2>The coach pool</h2>
              <CoachPool coaches={coaches} />
              <details class="nhsuk-details" open={coaches.length === 0}>
                <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Add a coach</span></summary>
                <div class="nhsuk-details__text"><NewCoachForm onAdded={state.reload} /></div>
              </details>
            </>
          );
        }}</Loaded>
      </Page>
    )}</Loaded>
  );
}

function CoachPool({ coaches }: { coaches: components['schemas']['Coach'][] }) {
  if (coaches.length === 0) return <p class="nhsuk-body">There are no coaches in the pool yet.</p>;
  return (
    <Scrollable label="The coach pool">
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">The coach pool</caption>
        <thead class="nhsuk-table__head"><tr>
          <th scope="col">Coach</th><th scope="col">Organisation</th><th scope="col">Region</th><th scope="col">Takes</th><th scope="col">Specialisms</th>
        </tr></thead>
        <tbody class="nhsuk-table__body">
          {coaches.map((coach) => (
            <tr class="nhsuk-table__row" key={coach.id}>
              <td class="nhsuk-table__cell">{coach.displayName}</td>
              <td class="nhsuk-table__cell">{coach.organisationCode}</td>
              <td class="nhsuk-table__cell">{REGIONS[coach.regionCode ?? ''] ?? coach.regionCode}</td>
              <td class="nhsuk-table__cell">{coach.capacity}</td>
              <td class="nhsuk-table__cell">{(coach.specialisms ?? []).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scrollable>
  );
}

function NewCoachForm({ onAdded }: { onAdded: () => void }) {
  const empty = { displayName: '', email: '', organisationCode: '', regionCode: '', capacity: '3', specialisms: '' };
  const [form, setForm] = useState(empty);
  const { problem, busy, run } = useAction();
  const set = (change: Partial<typeof empty>) => setForm({ ...form, ...change });
  const add = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(cohort.POST('/api/cohorts/coaches', { body: {
      displayName: form.displayName.trim(), email: form.email.trim() || undefined, organisationCode: form.organisationCode.trim().toUpperCase(),
      regionCode: form.regionCode, capacity: Number(form.capacity) || 0,
      specialisms: form.specialisms.split(',').map((s) => s.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean),
    } })))) {
      setForm(empty);
      onAdded();
    }
  };
  return (
    <form noValidate onSubmit={add}>
      <ProblemSummary problem={problem} />
      <TextInput name="displayName" label="Coach's name" error={fieldError(problem, 'displayName')} value={form.displayName} onInput={(displayName) => set({ displayName })} />
      <TextInput name="email" label="Email address they sign in with (optional)" type="email" error={fieldError(problem, 'email')}
        value={form.email} onInput={(email) => set({ email })} />
      <TextInput name="organisationCode" label="Their organisation's ODS code" hint="For example RYJ" width={10} error={fieldError(problem, 'organisationCode')}
        value={form.organisationCode} onInput={(organisationCode) => set({ organisationCode })} />
      <Select name="regionCode" label="Region" placeholder="Choose a region" options={options(REGIONS)} error={fieldError(problem, 'regionCode')}
        value={form.regionCode} onChange={(regionCode) => set({ regionCode })} />
      <TextInput name="capacity" label="How many participants they can take" width={10} error={fieldError(problem, 'capacity')}
        value={form.capacity} onInput={(capacity) => set({ capacity })} />
      <TextInput name="specialisms" label="Specialisms (optional)" hint="Separated by commas, for example board, culture, system leadership"
        error={fieldError(problem, 'specialisms')} value={form.specialisms} onInput={(specialisms) => set({ specialisms })} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Add coach</button>
    </form>
  );
}
