import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ProblemSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { date } from '../../labels';
import { IntakeNav } from './IntakeNav';
import { INTAKE_STATUSES } from './manageLabels';
import { QuestionBuilder, type QuestionSpec } from './QuestionBuilder';
import { useIntake } from '../useIntakes';

/** An intake at a glance: its dates, places and questions, and opening or closing it. */
export function IntakeOverview({ intakeId }: { intakeId: string }) {
  const loaded = useIntake(intakeId);
  const { problem, busy, run } = useAction();
  const act = (action: 'open' | 'close') => run(async () => {
    const params = { params: { path: { id: intakeId } } };
    await ok(action === 'open' ? recruitment.POST('/api/recruitment/intakes/{id}/open', params)
      : recruitment.POST('/api/recruitment/intakes/{id}/close', params));
    loaded.reload();
  });
  return (
    <Loaded state={loaded}>{({ intake, scheme }) => (
      <Page title={intake.name!} caption={scheme.name} back={{ href: '/manage', text: 'Schemes and intakes' }}>
        <IntakeNav intakeId={intakeId} current="" />
        <ProblemSummary problem={problem} />
        <SummaryList rows={[
          { key: 'Status', value: <Tag {...INTAKE_STATUSES[intake.status ?? 'DRAFT']} /> },
          { key: 'Opens', value: date(intake.opensAt) },
          { key: 'Closes', value: date(intake.closesAt) },
          { key: 'Places', value: String(intake.places) },
          { key: 'Sponsor', value: intake.sponsorRequired ? `Required, endorsing by ${date(intake.endorsementDeadline)}` : 'Not required' },
        ]} />
        {intake.status === 'DRAFT'
          ? <DraftQuestions intakeId={intakeId} saved={(intake.questions ?? []) as QuestionSpec[]} onSaved={loaded.reload} />
          : (
            <>
              <h2>Application questions</h2>
              <ol class="nhsuk-list nhsuk-list--number">
                {(intake.questions ?? []).map((question) => (
                  <li key={question.id}>{question.text}{question.required ? '' : ' (optional)'}</li>
                ))}
              </ol>
            </>
          )}
        {intake.status === 'DRAFT' && <button type="button" class="nhsuk-button" disabled={busy} onClick={() => act('open')}>Open for applications</button>}
        {intake.status === 'OPEN' && <button type="button" class="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={() => act('close')}>Close now</button>}
      </Page>
    )}</Loaded>
  );
}

/** Before an intake opens, its questions can still change; opening fixes them. */
function DraftQuestions({ intakeId, saved, onSaved }: { intakeId: string; saved: QuestionSpec[]; onSaved: () => void }) {
  const [questions, setQuestions] = useState(saved);
  const { problem, busy, run } = useAction();
  const save = () => run(async () => {
    await ok(recruitment.PUT('/api/recruitment/intakes/{id}/questions', { params: { path: { id: intakeId } }, body: { questions } }));
    onSaved();
  });
  return (
    <>
      <ProblemSummary problem={problem} />
      <QuestionBuilder questions={questions} onChange={setQuestions} />
      {JSON.stringify(questions) !== JSON.stringify(saved) && (
        <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={save}>Save the questions</button>
      )}
    </>
  );
}
