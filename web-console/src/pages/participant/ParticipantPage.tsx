import { cohort, ok } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Scrollable } from '../../components/Scrollable';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { date } from '../../labels';
import { participantStatus, SESSION_KINDS, dateTime } from '../programmeLabels';
import { CareerConsentSection } from './CareerConsentSection';
import { CheckinAnswerForm } from './CheckinAnswerForm';
import { NewObjectiveForm } from './NewObjectiveForm';
import { PlanView, usePlan } from './PlanView';

/** A participant's own programme: its sessions, their coach, their development plan and their career check-ins. */
export function ParticipantPage({ participantId }: { participantId: string }) {
  const state = useApi(async () => {
    const participant = await ok(cohort.GET('/api/cohorts/participants/{id}', { params: { path: { id: participantId } } }));
    const [cohorts, sessions] = await Promise.all([ok(cohort.GET('/api/cohorts/me/cohorts')),
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/sessions', { params: { path: { cohortId: participant.cohortId! } } }))]);
    return { participant, cohort: cohorts.find((c) => c.id === participant.cohortId), sessions };
  }, [participantId]);
  return (
    <Loaded state={state}>{({ participant, cohort: theCohort, sessions }) => (
      <Page title={theCohort?.name ?? 'Your programme'} caption="Your programme" back={{ href: '/participant', text: 'Your programme' }}>
        <SummaryList rows={[
          { key: 'Dates', value: theCohort ? `${date(theCohort.startsOn)} to ${date(theCohort.endsOn)}` : '' },
          { key: 'Your place', value: <Tag {...participantStatus(participant.status)} /> },
        ]} />
        <h2>Sessions</h2>
        {sessions.length === 0 ? <p class="nhsuk-body">No sessions have been arranged yet.</p> : (
          <Scrollable label="Sessions of your programme">
            <table class="nhsuk-table">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Sessions of your programme</caption>
              <thead class="nhsuk-table__head"><tr><th scope="col">When</th><th scope="col">Session</th><th scope="col">Where</th><th scope="col">Led by</th></tr></thead>
              <tbody class="nhsuk-table__body">
                {sessions.map(({ session }) => (
                  <tr class="nhsuk-table__row" key={session!.id}>
                    <td class="nhsuk-table__cell">{dateTime(session!.startsAt)}</td>
                    <td class="nhsuk-table__cell">{session!.title} ({SESSION_KINDS[session!.kind ?? ''] ?? session!.kind})</td>
                    <td class="nhsuk-table__cell">{session!.onlineLink ? <a href={session!.onlineLink} rel="noopener noreferrer">Online</a> : session!.place}</td>
                    <td class="nhsuk-table__cell">{session!.facilitator}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scrollable>
        )}
        <YourCoach participantId={participantId} />
        <YourPlan participantId={participantId} />
        {participant.status !== 'WITHDRAWN' && <CareerConsentSection participantId={participantId} />}
        <YourCheckins participantId={participantId} />
      </Page>
    )}</Loaded>
  );
}

function YourCoach({ participantId }: { participantId: string }) {
  const state = useApi(async () => {
    const pair = (await ok(cohort.GET('/api/cohorts/me/coach'))).find((p) => p.participantId === participantId);
    const coach = pair && (await ok(cohort.GET('/api/cohorts/coaches'))).find((c) => c.id === pair.coachId);
    return { pair, coach };
  }, [participantId]);
  return (
    <>
      <h2>Your coach</h2>
      <Loaded state={state}>{({ pair, coach }) => (pair
        ? <p class="nhsuk-body">{coach?.displayName ?? 'Your coach'}{coach?.email && <>, <a href={`mailto:${coach.email}`}>{coach.email}</a></>}. {pair.reason}</p>
        : <p class="nhsuk-body">You have not been matched with a coach yet. The programme team matches coaches once the cohort has started.</p>)}</Loaded>
    </>
  );
}

function YourPlan({ participantId }: { participantId: string }) {
  const { state, setPlan } = usePlan(participantId);
  return (
    <>
      <h2>Your development plan</h2>
      <Loaded state={state}>{(current) => (
        <>
          <PlanView plan={current} onChange={setPlan} canAddEvidence />
          <details class="nhsuk-details" open={(current.objectives ?? []).length === 0}>
            <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Add an objective</span></summary>
            <div class="nhsuk-details__text"><NewObjectiveForm participantId={participantId} onAdded={setPlan} /></div>
          </details>
        </>
      )}</Loaded>
    </>
  );
}

function YourCheckins({ participantId }: { participantId: string }) {
  const checkins = useApi(() => ok(cohort.GET('/api/cohorts/participants/{id}/career-checkins', { params: { path: { id: participantId } } })), [participantId]);
  return (
    <Loaded state={checkins}>{(list) => list.length > 0 && (
      <>
        <h2>Career check-ins</h2>
        {list.map((checkin) => (checkin.answeredAt
          ? <p class="nhsuk-body" key={checkin.id}>{checkin.monthsAfterCompletion} months after completing: answered {date(checkin.answeredAt)}
            {checkin.moved ? ', you had moved role.' : ', same role.'}</p>
          : (
            <section key={checkin.id}>
              <h3>{checkin.monthsAfterCompletion} months after completing (due {date(checkin.dueOn)})</h3>
              <CheckinAnswerForm checkinId={checkin.id!} onAnswered={checkins.reload} />
            </section>
          )))}
      </>
    )}</Loaded>
  );
}
