import { useEffect, useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Fields';
import { Tag } from '../../components/Status';
import { date } from '../../labels';

type Plan = components['schemas']['DevelopmentPlan'];
type Milestone = components['schemas']['Milestone'];

/** A participant's plan, loaded when the page opens and replaced by what each change returns. */
export function usePlan(participantId: string) {
  const loaded = useApi(() => ok(cohort.GET('/api/cohorts/participants/{id}/plan', { params: { path: { id: participantId } } })), [participantId]);
  const [plan, setPlan] = useState<Plan>();
  useEffect(() => setPlan(loaded.data), [loaded.data]);
  return { state: { problem: loaded.problem, data: plan }, setPlan };
}

/**
 * A development plan: each objective with its milestones, where each stands, and the evidence written for it.
 * The participant adds evidence; their coach, sponsor or the programme team sign milestones off.
 */
export function PlanView({ plan, onChange, canAddEvidence, canSignOff }: {
  plan: Plan; onChange: (plan: Plan) => void; canAddEvidence?: boolean; canSignOff?: boolean;
}) {
  const objectives = plan.objectives ?? [];
  if (objectives.length === 0) return <p class="nhsuk-body">There are no objectives in this plan yet.</p>;
  return (
    <>
      {objectives.map((objective) => (
        <div class="nhsuk-card" key={objective.id}>
          <div class="nhsuk-card__content">
            <h3 class="nhsuk-card__heading">{objective.title}</h3>
            {objective.description && <p class="nhsuk-card__description">{objective.description}</p>}
            <ul class="nhsuk-list">
              {(objective.milestones ?? []).map((milestone) => (
                <MilestoneItem key={milestone.id} milestone={milestone} onChange={onChange} canAddEvidence={canAddEvidence} canSignOff={canSignOff} />
              ))}
            </ul>
          </div>
        </div>
      ))}
    </>
  );
}

function MilestoneItem({ milestone, onChange, canAddEvidence, canSignOff }: {
  milestone: Milestone; onChange: (plan: Plan) => void; canAddEvidence?: boolean; canSignOff?: boolean;
}) {
  const id = milestone.id!;
  const [evidence, setEvidence] = useState('');
  const { problem, busy, run } = useAction();
  const addEvidence = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onChange(await ok(cohort.POST('/api/cohorts/milestones/{id}/evidence', { params: { path: { id } }, body: { text: evidence.trim() } })));
      setEvidence('');
    });
  };
  const signOff = () => run(async () => onChange(await ok(cohort.POST('/api/cohorts/milestones/{id}/sign-off', { params: { path: { id } } }))));
  return (
    <li>
      <h4 class="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{milestone.title}</h4>
      <p class="nhsuk-body-s">{milestone.signedOffAt
        ? <Tag text={`Signed off ${date(milestone.signedOffAt)}`} colour="green" />
        : <Tag text={milestone.overdue ? `Overdue: due ${date(milestone.dueOn)}` : `Due ${date(milestone.dueOn)}`} colour={milestone.overdue ? 'red' : 'grey'} />}
      </p>
      {(milestone.evidence ?? []).length > 0 && (
        <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
          {milestone.evidence!.map((note) => <li key={note.id}>{note.text} ({date(note.writtenAt)})</li>)}
        </ul>
      )}
      <ProblemSummary problem={problem} />
      {canAddEvidence && !milestone.signedOffAt && (
        <form noValidate onSubmit={addEvidence}>
          <Textarea name={`evidence-${id}`} label={`Evidence for "${milestone.title}"`} rows={3} value={evidence}
            hint="What you did, and what shows it: a paper, feedback, a result." error={fieldError(problem, 'text')} onInput={setEvidence} />
          <button type="submit" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy}>
            Add evidence<span class="nhsuk-u-visually-hidden"> for {milestone.title}</span></button>
        </form>
      )}
      {canSignOff && !milestone.signedOffAt && (
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy} onClick={signOff}>
          Sign off<span class="nhsuk-u-visually-hidden"> {milestone.title}</span></button>
      )}
    </li>
  );
}
