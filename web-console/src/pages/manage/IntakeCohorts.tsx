import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { DateInput, NO_DATE, isoDate } from '../../components/DateInput';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { date } from '../../labels';
import { reference } from '../assessor/assessorLabels';
import { IntakeNav } from './IntakeNav';
import { OFFER_STATUSES } from './manageLabels';
import { useIntake } from '../useIntakes';

type Cohort = components['schemas']['Cohort'];

/** The cohorts an intake fills: create one, make its offers in rank order, and follow the answers and waiting list. */
export function IntakeCohorts({ intakeId }: { intakeId: string }) {
  const loaded = useIntake(intakeId);
  const cohorts = useApi(() => ok(cohort.GET('/api/cohorts/cohorts', { params: { query: { intakeId } } })), [intakeId]);
  return (
    <Loaded state={loaded}>{({ intake, scheme }) => (
      <Page title="Cohorts and offers" caption={`${scheme.name}: ${intake.name}`} back={{ href: '/manage', text: 'Schemes and intakes' }}>
        <IntakeNav intakeId={intakeId} current="/cohorts" />
        <Loaded state={cohorts}>{(list) => (
          <>
            {list.map((c) => <CohortSection key={c.id} cohort={c} />)}
            <NewCohortForm intakeId={intakeId} places={intake.places ?? 15} first={list.length === 0} onCreated={cohorts.reload} />
          </>
        )}</Loaded>
      </Page>
    )}</Loaded>
  );
}

function CohortSection({ cohort: c }: { cohort: Cohort }) {
  const id = c.id!;
  const state = useApi(async () => {
    const [places, offers] = await Promise.all([
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/places', { params: { path: { cohortId: id } } })),
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/offers', { params: { path: { cohortId: id } } }))]);
    return { places, offers };
  }, [id]);
  const making = useAction();
  const makeOffers = () => making.run(async () => {
    await ok(cohort.POST('/api/cohorts/cohorts/{cohortId}/offers', { params: { path: { cohortId: id } }, body: { respondWithinDays: 14 } }));
    state.reload();
  });
  return (
    <section>
      <h2>{c.name}</h2>
      <p class="nhsuk-body-s">{date(c.startsOn)} to {date(c.endsOn)}</p>
      <p class="nhsuk-body"><a href={`/manage/cohorts/${id}`}>Run {c.name}<span class="nhsuk-u-visually-hidden">: participants, sessions, coaching and plans</span></a></p>
      <ProblemSummary problem={making.problem} />
      <Loaded state={state}>{({ places, offers }) => (
        <>
          <SummaryList rows={[
            { key: 'Places', value: String(places.capacity) }, { key: 'Accepted', value: String(places.accepted) },
            { key: 'Offered, waiting for an answer', value: String(places.offered) }, { key: 'On the waiting list', value: String(places.waiting) },
          ]} />
          {offers.length === 0 && (
            <>
              <p class="nhsuk-body">Offers go to those who progressed from the last stage, in rank order up to the cohort's
                places; everyone else who progressed joins the waiting list in rank order. Each has 14 days to answer.</p>
              <button type="button" class="nhsuk-button" disabled={making.busy} onClick={makeOffers}>Make offers</button>
              {making.busy && <p class="nhsuk-body" role="status">Making offers…</p>}
            </>
          )}
          {offers.length > 0 && (
            <table class="nhsuk-table-responsive">
              <caption class="nhsuk-table__caption">Offers and waiting list of {c.name}, in rank order</caption>
              <thead class="nhsuk-table__head"><tr>
                <th scope="col">Rank</th><th scope="col">Application</th><th scope="col">Status</th><th scope="col">Answer by</th>
              </tr></thead>
              <tbody class="nhsuk-table__body">
                {offers.map((offer) => (
                  <tr class="nhsuk-table__row" key={offer.id}>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Rank </span>{offer.rank}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Application </span>
                      <a href={`/manage/applications/${offer.applicationId}`}>{reference(offer.applicationId)}</a></td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Status </span>
                      <Tag {...(OFFER_STATUSES[offer.status ?? ''] ?? { text: offer.status ?? '', colour: 'grey' })} /></td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Answer by </span>{date(offer.respondBy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}</Loaded>
    </section>
  );
}

function NewCohortForm({ intakeId, places, first, onCreated }: { intakeId: string; places: number; first: boolean; onCreated: () => void }) {
  const [form, setForm] = useState({ name: '', capacity: String(places), startsOn: NO_DATE, endsOn: NO_DATE });
  const { problem, busy, run } = useAction();
  const create = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(cohort.POST('/api/cohorts/intakes/{intakeId}/cohorts', { params: { path: { intakeId } }, body: {
      name: form.name.trim(), capacity: Number(form.capacity), startsOn: isoDate(form.startsOn) ?? '', endsOn: isoDate(form.endsOn) ?? '',
      scope: { kind: 'NATIONAL' },
    } })))) onCreated();
  };
  const errorOf = (field: string) => fieldError(problem, field);
  return (
    <details class="nhsuk-details" open={first}>
      <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Create a cohort</span></summary>
      <div class="nhsuk-details__text">
        <form noValidate onSubmit={create}>
          <ProblemSummary problem={problem} />
          <TextInput name="name" label="Cohort name" error={errorOf('name')} value={form.name} onInput={(name) => setForm({ ...form, name })} />
          <TextInput name="capacity" label="Places" width={10} error={errorOf('capacity')} value={form.capacity} onInput={(capacity) => setForm({ ...form, capacity })} />
          <DateInput name="startsOn" label="Starts on" hint="For example 1 9 2027" error={errorOf('startsOn')} value={form.startsOn} onChange={(startsOn) => setForm({ ...form, startsOn })} />
          <DateInput name="endsOn" label="Ends on" hint="For example 31 7 2028" error={errorOf('endsOn')} value={form.endsOn} onChange={(endsOn) => setForm({ ...form, endsOn })} />
          <button type="submit" class="nhsuk-button" disabled={busy}>Create cohort</button>
        </form>
      </div>
    </details>
  );
}
