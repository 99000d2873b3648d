import { useState } from 'preact/hooks';
import { assessment, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/assessment';
import { ProblemSummary } from '../../components/ErrorSummary';
import { Choices, TextInput } from '../../components/Fields';
import { Loaded } from '../../components/Status';

type StageBody = components['schemas']['StageBody'];

/** The first stage of an intake's assessment: which framework, how many assessors, the spread allowed and the pass rule. */
export function StageSetup({ intakeId, onSaved }: { intakeId: string; onSaved: () => void }) {
  const frameworks = useApi(() => ok(assessment.GET('/api/assessment/frameworks')));
  const [stage, setStage] = useState<Partial<StageBody> & { assessors: string; spread: string; value: string }>(
    { stage: 'SIFT', passRule: 'MANUAL', assessors: '2', spread: '1', value: '' });
  const { problem, busy, run } = useAction();
  const save = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(assessment.PUT('/api/assessment/intakes/{intakeId}/stages', { params: { path: { intakeId } }, body: {
      stages: [{ stage: stage.stage!, frameworkId: stage.frameworkId!, passRule: stage.passRule!,
        assessorsPerApplication: Number(stage.assessors), tolerance: Number(stage.spread),
        passValue: stage.value ? Number(stage.value) : undefined }],
    } })))) onSaved();
  };
  const errorOf = (field: string) => problem?.fieldErrors.find((error) => error.field.endsWith(field))?.message;
  return (
    <form noValidate onSubmit={save}>
      <h2>Set up the assessment</h2>
      <p class="nhsuk-body">Applications are assessed once the intake closes. Choose the framework assessors score against.</p>
      <ProblemSummary problem={problem} />
      <Loaded state={frameworks}>{(list) => (
        <Choices name="stages[0].frameworkId" label="Framework" error={errorOf('frameworkId')}
          options={list.map((framework) => ({ value: framework.id!, text: `${framework.name} (version ${framework.version})` }))}
          value={stage.frameworkId ? [stage.frameworkId] : []} onChange={([frameworkId]) => setStage({ ...stage, frameworkId })} />
      )}</Loaded>
      <Choices name="stages[0].stage" label="Stage" options={[{ value: 'SIFT', text: 'Sift' },
        { value: 'ASSESSMENT_CENTRE', text: 'Assessment centre' }, { value: 'INTERVIEW', text: 'Interview' }]}
        value={[stage.stage!]} onChange={([kind]) => setStage({ ...stage, stage: kind as StageBody['stage'] })} />
      <TextInput name="stages[0].assessorsPerApplication" label="Assessors per application" width={10} error={errorOf('assessorsPerApplication')}
        value={stage.assessors} onInput={(assessors) => setStage({ ...stage, assessors })} />
      <TextInput name="stages[0].tolerance" label="Largest spread of weighted scores before another assessor is called" width={10}
        error={errorOf('tolerance')} value={stage.spread} onInput={(spread) => setStage({ ...stage, spread })} />
      <Choices name="stages[0].passRule" label="Who progresses?" options={[{ value: 'MANUAL', text: 'We decide each one' },
        { value: 'TOP_N', text: 'The best N' }, { value: 'THRESHOLD', text: 'Everyone at or above a score' }]}
        value={[stage.passRule!]} onChange={([passRule]) => setStage({ ...stage, passRule: passRule as StageBody['passRule'] })} />
      {stage.passRule !== 'MANUAL' && (
        <TextInput name="stages[0].passValue" label={stage.passRule === 'TOP_N' ? 'How many progress' : 'Lowest weighted score that progresses'}
          width={10} error={errorOf('passValue')} value={stage.value} onInput={(value) => setStage({ ...stage, value })} />
      )}
      <button type="submit" class="nhsuk-button" disabled={busy}>Save the stage</button>
    </form>
  );
}
