import { cohort, ok } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { PlanView, usePlan } from '../participant/PlanView';
import { participantStatus } from '../programmeLabels';

type Coachee = components['schemas']['Coachee'];

/** A coach's participants: how to reach each, why they were paired, and their plans, whose milestones the coach signs off. */
export function CoachHome() {
  const coachees = useApi(() => ok(cohort.GET('/api/cohorts/me/coachees')));
  return (
    <Page title="Your coachees">
      <Loaded state={coachees}>{(list) => (list.length === 0
        ? <p class="nhsuk-body">Nobody has been matched with you yet. The programme team matches coaches once a cohort has started.</p>
        : list.map((coachee) => <CoacheeSection key={coachee.participantId} coachee={coachee} />))}</Loaded>
    </Page>
  );
}

function CoacheeSection({ coachee }: { coachee: Coachee }) {
  const { state, setPlan } = usePlan(coachee.participantId!);
  return (
    <section>
      <h2>{coachee.givenName} {coachee.familyName}</h2>
      <p class="nhsuk-body">{[coachee.currentRole, coachee.organisationCode].filter(Boolean).join(', ')}
        {coachee.email && <>. <a href={`mailto:${coachee.email}`}>{coachee.email}</a></>}
        {' '}<Tag {...participantStatus(coachee.status)} /></p>
      <p class="nhsuk-body-s">{coachee.reason}</p>
      <Loaded state={state}>{(plan) => <PlanView plan={plan} onChange={setPlan} canSignOff />}</Loaded>
    </section>
  );
}
