import { cohort, ok } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { Page } from '../../components/Page';
import { Scrollable } from '../../components/Scrollable';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';
import { reference } from '../assessor/assessorLabels';
import { participantStatus } from '../programmeLabels';
import { useCohort } from '../useIntakes';
import { CohortNav } from './CohortNav';

type Participant = components['schemas']['Participant'];

/** Who a person is to the programme team: their name once recruitment has released it, else their reference. */
export function participantName(participant: Participant): string {
  const contact = participant.contact;
  return contact?.givenName ? `${contact.givenName} ${contact.familyName ?? ''}`.trim() : reference(participant.applicationId);
}

/** A cohort's participants, where each stands, and the milestones of their plans that are overdue. */
export function CohortParticipants({ cohortId }: { cohortId: string }) {
  const loaded = useCohort(cohortId);
  const state = useApi(async () => {
    const [participants, overdue] = await Promise.all([
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/participants', { params: { path: { cohortId } } })),
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/overdue-milestones', { params: { path: { cohortId } } }))]);
    return { participants, overdue: overdue as { milestoneId: string; participantId: string; title: string; dueOn: string }[] };
  }, [cohortId]);
  return (
    <Loaded state={loaded}>{({ cohort: theCohort, scheme }) => (
      <Page title={theCohort.name ?? 'Cohort'} caption={scheme.name} back={{ href: `/manage/intakes/${theCohort.intakeId}/cohorts`, text: 'Cohorts and offers' }}>
        <CohortNav cohortId={cohortId} current="" />
        <p class="nhsuk-body">{date(theCohort.startsOn)} to {date(theCohort.endsOn)}</p>
        <Loaded state={state}>{({ participants, overdue }) => (
          <>
            <h2>Participants</h2>
            {participants.length === 0 ? <p class="nhsuk-body">Nobody has accepted a place yet.</p> : (
              <Scrollable label="Participants">
                <table class="nhsuk-table">
                  <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Participants of {theCohort.name}</caption>
                  <thead class="nhsuk-table__head"><tr>
                    <th scope="col">Participant</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Overdue milestones</th>
                  </tr></thead>
                  <tbody class="nhsuk-table__body">
                    {participants.map((participant) => (
                      <tr class="nhsuk-table__row" key={participant.id}>
                        <td class="nhsuk-table__cell"><a href={`/manage/participants/${participant.id}`}>{participantName(participant)}</a></td>
                        <td class="nhsuk-table__cell">{participant.contact?.currentRole}{participant.contact?.organisationCode && `, ${participant.contact.organisationCode}`}</td>
                        <td class="nhsuk-table__cell"><Tag {...participantStatus(participant.status)} /></td>
                        <td class="nhsuk-table__cell">{overdue.filter((milestone) => milestone.participantId === participant.id).length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Scrollable>
            )}
            {overdue.length > 0 && (
              <>
                <h2>Overdue milestones</h2>
                <ul class="nhsuk-list nhsuk-list--bullet">
                  {overdue.map((milestone) => {
                    const participant = participants.find((p) => p.id === milestone.participantId);
                    return (
                      <li key={milestone.milestoneId}>
                        <a href={`/manage/participants/${milestone.participantId}`}>{participant ? participantName(participant) : 'A participant'}</a>:
                        {' '}{milestone.title}, due {date(milestone.dueOn)}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </>
        )}</Loaded>
      </Page>
    )}</Loaded>
  );
}
