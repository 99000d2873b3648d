import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { date } from '../../labels';
import { PlanView, usePlan } from '../participant/PlanView';
import { participantStatus } from '../programmeLabels';
import { participantName } from './CohortParticipants';

/** One participant, for the programme team: who they are, their plan (milestones signed off here), and completion. */
export function ParticipantReview({ participantId }: { participantId: string }) {
  const state = useApi(() => ok(cohort.GET('/api/cohorts/participants/{id}', { params: { path: { id: participantId } } })), [participantId]);
  const plan = usePlan(participantId);
  // A milestone signed off may be the rule that was not met: completion is checked again whenever the plan changes.
  const signedOff = (plan.state.data?.objectives ?? []).flatMap((objective) => objective.milestones ?? []).filter((m) => m.signedOffAt).length;
  return (
    <Loaded state={state}>{(participant) => (
      <Page title={participantName(participant)} caption="Participant" back={{ href: `/manage/cohorts/${participant.cohortId}`, text: 'Participants and plans' }}>
        <SummaryList rows={[
          { key: 'Status', value: <Tag {...participantStatus(participant.status)} /> },
          { key: 'Email', value: participant.contact?.email ?? 'Not released yet' },
          { key: 'Role', value: [participant.contact?.currentRole, participant.contact?.organisationCode].filter(Boolean).join(', ') },
          { key: 'Sponsor', value: participant.contact?.sponsorName ? `${participant.contact.sponsorName} (${participant.contact.sponsorEmail})` : 'None named' },
          { key: 'Enrolled', value: date(participant.enrolledAt) },
        ]} />
        <h2>Development plan</h2>
        <Loaded state={plan.state}>{(current) => <PlanView plan={current} onChange={plan.setPlan} canSignOff />}</Loaded>
        {participant.status === 'ACTIVE' && <Completion key={signedOff} participantId={participantId} onCompleted={state.reload} />}
      </Page>
    )}</Loaded>
  );
}

/** The cohort's completion rules checked for this participant; complete them, or override with a reason. */
function Completion({ participantId, onCompleted }: { participantId: string; onCompleted: () => void }) {
  const check = useApi(() => ok(cohort.GET('/api/cohorts/participants/{id}/completion', { params: { path: { id: participantId } } })), [participantId]);
  const [reason, setReason] = useState('');
  const { problem, busy, run } = useAction();
  const complete = async (override: boolean) => {
    if (await run(() => ok(cohort.POST('/api/cohorts/participants/{id}/completion', { params: { path: { id: participantId } },
      body: override ? { override, reason: reason.trim() } : {} })))) onCompleted();
  };
  return (
    <>
      <h2>Completion</h2>
      <Loaded state={check}>{(completion) => (
        <>
          <ul class="nhsuk-list">
            {(completion.rules ?? []).map((rule) => (
              <li key={rule.rule}><Tag text={rule.met ? 'Met' : 'Not met'} colour={rule.met ? 'green' : 'red'} /> {rule.rule}: {rule.measured}</li>
            ))}
          </ul>
          <ProblemSummary problem={problem} />
          {completion.allMet
            ? <button type="button" class="nhsuk-button" disabled={busy} onClick={() => complete(false)}>Complete the programme</button>
            : (
              <details class="nhsuk-details">
                <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Complete although a rule is not met</span></summary>
                <div class="nhsuk-details__text">
                  <Textarea name="reason" label="Why this participant completes anyway" rows={3} error={fieldError(problem, 'reason')}
                    hint="For example: missed sessions were made up another way. The reason is kept with the participant's history." value={reason} onInput={setReason} />
                  <button type="button" class="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={() => complete(true)}>Complete with an override</button>
                </div>
              </details>
            )}
        </>
      )}</Loaded>
    </>
  );
}
