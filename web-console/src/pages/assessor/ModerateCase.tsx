import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { assessment, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/assessment';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { reference, stageName } from './assessorLabels';
import { scale } from './scale';

type Framework = components['schemas']['Framework'];
type CaseScores = components['schemas']['CaseScores'];

/**
 * Moderation of one case: every assessor's scores and evidence side by side (without names), then the agreed score
 * for each criterion against the anchored scale, and the rationale, which is kept with the case.
 */
export function ModerateCase({ caseId }: { caseId: string }) {
  const loaded = useApi(async () => {
    const found = (await ok(assessment.GET('/api/assessment/cases/awaiting-moderation'))).find((c) => c.id === caseId);
    const scores = await ok(assessment.GET('/api/assessment/cases/{id}/scores', { params: { path: { id: caseId } } }));
    const stage = found && (await ok(assessment.GET('/api/assessment/intakes/{intakeId}/stages', { params: { path: { intakeId: found.intakeId! } } })))
      .find((s) => s.kind === found.stage);
    const framework = stage && await ok(assessment.GET('/api/assessment/frameworks/{id}', { params: { path: { id: stage.frameworkId! } } }));
    return { found, scores, framework };
  }, [caseId]);
  return (
    <Loaded state={loaded}>{({ found, scores, framework }) => (
      <Page title={`Moderate application ${reference(found?.applicationId ?? scores.caseId)}`} caption={stageName(found?.stage)}
        back={{ href: '/assessor/moderation', text: 'Cases awaiting moderation' }}>
        {!found || !framework
          ? <p class="nhsuk-body">This case is not waiting for moderation any more.</p>
          : <ModerationForm caseId={caseId} framework={framework} scores={scores} />}
      </Page>
    )}</Loaded>
  );
}

function ModerationForm({ caseId, framework, scores }: { caseId: string; framework: Framework; scores: CaseScores }) {
  const { route } = useLocation();
  const [agreed, setAgreed] = useState<Record<string, number>>({});
  const [rationale, setRationale] = useState('');
  const { problem, busy, run } = useAction();
  const record = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(assessment.POST('/api/assessment/cases/{id}/moderation', { params: { path: { id: caseId } },
      body: { agreedScores: agreed, rationale: rationale.trim() } })))) route('/assessor/moderation?moderated=1');
  };
  const criteria = framework.criteria ?? [];
  const sheets = scores.sheets ?? [];
  const errorOf = (field: string) => fieldError(problem, field);
  return (
    <form noValidate onSubmit={record}>
      <p class="nhsuk-body">{sheets.length} assessors submitted; their weighted scores are {sheets.map((sheet) => sheet.weightedScore?.toFixed(2)).join(', ')}
        {scores.spread !== undefined && `, a spread of ${scores.spread?.toFixed(2)}`}.</p>
      <ProblemSummary problem={problem} />
      {criteria.map((criterion) => (
        <div class="nhsuk-card" key={criterion.id}>
          <div class="nhsuk-card__content">
            <h2 class="nhsuk-card__heading nhsuk-heading-m">{criterion.name}</h2>
            <dl class="nhsuk-summary-list">
              {sheets.map((sheet, index) => (
                <div class="nhsuk-summary-list__row" key={index}>
                  <dt class="nhsuk-summary-list__key">Assessor {index + 1}: {sheet.scores?.[criterion.id!]?.score}</dt>
                  <dd class="nhsuk-summary-list__value">{sheet.scores?.[criterion.id!]?.evidence}</dd>
                </div>
              ))}
            </dl>
            <Choices name={`agreedScores.${criterion.id}`} label={`Agreed score for ${criterion.name}`} small error={errorOf(`agreedScores.${criterion.id}`)}
              options={scale(framework).map((point) => ({ value: String(point), text: `${point}: ${criterion.anchors?.[String(point)] ?? ''}` }))}
              value={agreed[criterion.id!] !== undefined ? [String(agreed[criterion.id!])] : []}
              onChange={([value]) => setAgreed({ ...agreed, [criterion.id!]: Number(value) })} />
          </div>
        </div>
      ))}
      <Textarea name="rationale" label="Why these scores" hint="At least 50 characters. It is kept with the case and read if the decision is questioned."
        error={errorOf('rationale')} value={rationale} onInput={setRationale} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Record the moderation</button>
    </form>
  );
}
