import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary } from '../../components/ErrorSummary';
import { Choices } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { EQUALITY_QUESTIONS } from './equalityQuestions';

type Answers = Record<string, string | undefined>;

/**
 * The separate, optional equality questions. Kept apart from the application: assessors never see them, and they
 * are used only for monitoring and reported only in aggregate.
 */
export function EqualityPage({ applicationId }: { applicationId: string }) {
  const saved = useApi<Answers>(() => ok(recruitment.GET('/api/recruitment/applications/{applicationId}/equality',
    { params: { path: { applicationId } } })).then((record) => (record.answers ?? {}) as Answers)
    .catch((problem) => {
      if (problem instanceof ApiProblem && problem.status === 404) return {};
      throw problem;
    }), [applicationId]);
  return (
    <Page title="Equality monitoring questions" back={{ href: `/applicant/applications/${applicationId}`, text: 'Back to your application' }}>
      <div class="nhsuk-inset-text">
        <span class="nhsuk-u-visually-hidden">Information: </span>
        <p>These questions are optional. Your answers are kept apart from your application: the people who assess it
          never see them. They are used only to check that the scheme is fair to everyone, and reported only as
          totals large enough that no one can be recognised.</p>
      </div>
      <Loaded state={saved}>{(answers) => <EqualityForm applicationId={applicationId} saved={answers} />}</Loaded>
    </Page>
  );
}

function EqualityForm({ applicationId, saved }: { applicationId: string; saved: Answers }) {
  const { route } = useLocation();
  const [answers, setAnswers] = useState<Answers>(saved);
  const { problem, busy, run } = useAction();
  const save = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(recruitment.PUT('/api/recruitment/applications/{applicationId}/equality', {
      params: { path: { applicationId } }, body: answers,
    })))) route(`/applicant/applications/${applicationId}?equality=1`);
  };
  return (
    <form noValidate onSubmit={save}>
      <ProblemSummary problem={problem} />
      {EQUALITY_QUESTIONS.map((question) => (
        <Choices key={question.field} name={question.field} label={`${question.label} (optional)`}
          options={[...question.options]} value={answers[question.field] ? [answers[question.field]!] : []}
          onChange={([value]) => setAnswers({ ...answers, [question.field]: value })} />
      ))}
      <button type="submit" class="nhsuk-button" disabled={busy}>Save answers</button>
    </form>
  );
}
