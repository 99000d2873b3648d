import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';
import { participantStatus } from '../programmeLabels';
import { useMyParticipations } from './useParticipation';

/** The programmes a person takes (or took) part in, each the way into its sessions, coach, plan and check-ins. */
export function ParticipantHome() {
  const participations = useMyParticipations();
  return (
    <Page title="Your programme" back={{ href: '/applicant', text: 'Your applications' }}>
      <Loaded state={participations}>{(list) => (list.length === 0
        ? <p class="nhsuk-body">You are not taking part in a programme yet. Once you accept an offer of a place, your programme is here.</p>
        : (
          <ul class="nhsuk-list">
            {list.map(({ participant, cohort }) => (
              <li key={participant.id}>
                <h2 class="nhsuk-heading-m nhsuk-u-margin-bottom-2"><a href={`/participant/${participant.id}`}>{cohort?.name ?? 'Your cohort'}</a></h2>
                <p class="nhsuk-body-s">{cohort && `${date(cohort.startsOn)} to ${date(cohort.endsOn)} `}
                  <Tag {...participantStatus(participant.status)} /></p>
              </li>
            ))}
          </ul>
        ))}</Loaded>
    </Page>
  );
}
