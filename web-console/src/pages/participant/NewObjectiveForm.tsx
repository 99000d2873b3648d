import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import type { components } from '../../api/generated/cohort';
import { DateInput, NO_DATE, isoDate, type DateParts } from '../../components/DateInput';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { TextInput, Textarea } from '../../components/Fields';

type Plan = components['schemas']['DevelopmentPlan'];

/** Adds an objective to a plan, with the milestones that will show it was met (each due on a date). */
export function NewObjectiveForm({ participantId, onAdded }: { participantId: string; onAdded: (plan: Plan) => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [milestones, setMilestones] = useState<{ title: string; dueOn: DateParts }[]>([{ title: '', dueOn: NO_DATE }]);
  const { problem, busy, run } = useAction();
  const setMilestone = (index: number, change: Partial<{ title: string; dueOn: DateParts }>) =>
    setMilestones(milestones.map((milestone, i) => (i === index ? { ...milestone, ...change } : milestone)));
  const add = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onAdded(await ok(cohort.POST('/api/cohorts/participants/{id}/plan/objectives', { params: { path: { id: participantId } }, body: {
        title: title.trim(), description: description.trim() || undefined,
        milestones: milestones.map((milestone) => ({ title: milestone.title.trim(), dueOn: isoDate(milestone.dueOn) ?? '' })),
      } })));
      setTitle('');
      setDescription('');
      setMilestones([{ title: '', dueOn: NO_DATE }]);
    });
  };
  return (
    <form noValidate onSubmit={add}>
      <ProblemSummary problem={problem} />
      <TextInput name="title" label="Objective" hint="What you want to be able to do by the end of the programme."
        error={fieldError(problem, 'title')} value={title} onInput={setTitle} />
      <Textarea name="description" label="How you will get there (optional)" rows={3} error={fieldError(problem, 'description')}
        value={description} onInput={setDescription} />
      {milestones.map((milestone, index) => (
        <div key={index}>
          <TextInput name={`milestones[${index}].title`} label={`Milestone ${index + 1}`} error={fieldError(problem, `milestones[${index}].title`)}
            value={milestone.title} onInput={(value) => setMilestone(index, { title: value })} />
          <DateInput name={`milestones[${index}].dueOn`} label={`Milestone ${index + 1} due on`} hint="For example 30 6 2027"
            error={fieldError(problem, `milestones[${index}].dueOn`) ?? (index === 0 ? fieldError(problem, 'milestones') : undefined)}
            value={milestone.dueOn} onChange={(dueOn) => setMilestone(index, { dueOn })} />
        </div>
      ))}
      <div class="nhsuk-button-group">
        {milestones.length < 20 && (
          <button type="button" class="nhsuk-button nhsuk-button--secondary"
            onClick={() => setMilestones([...milestones, { title: '', dueOn: NO_DATE }])}>Add another milestone</button>
        )}
        <button type="submit" class="nhsuk-button" disabled={busy}>Add objective</button>
      </div>
    </form>
  );
}
