import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { assessment, ok } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/assessment';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { BlindPack } from './BlindPack';
import { reference, stageName } from './assessorLabels';
import { scale } from './scale';

type Framework = components['schemas']['Framework'];
type MyScores = components['schemas']['MyScores'];
type Sheet = Record<string, { score?: number; evidence?: string }>;

/**
 * Blind assessment of one allocation: the anonymised pack, and beside it each criterion of the framework with its
 * anchored scale, a score and the evidence for it. Save as often as needed; submitting locks the scores.
 */
export function ScoreApplication({ allocationId }: { allocationId: string }) {
  const loaded = useApi(async () => {
    const allocation = (await ok(assessment.GET('/api/assessment/allocations/mine')))
      .find((mine) => mine.allocationId === allocationId);
    const [pack, scores, framework] = await Promise.all([
      ok(assessment.GET('/api/assessment/allocations/{id}/pack', { params: { path: { id: allocationId } } })),
      ok(assessment.GET('/api/assessment/allocations/{id}/scores', { params: { path: { id: allocationId } } })),
      allocation?.frameworkId
        ? ok(assessment.GET('/api/assessment/frameworks/{id}', { params: { path: { id: allocation.frameworkId } } }))
        : Promise.resolve(undefined),
    ]);
    return { allocation, pack, scores, framework };
  }, [allocationId]);
  return (
    <Loaded state={loaded}>{({ allocation, pack, scores, framework }) => (
      <Page title={`Application ${reference(pack.applicationId)}`} caption={stageName(allocation?.stage)}
        back={{ href: '/assessor', text: 'Your assessments' }}>
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-one-half">
            <BlindPack view={pack} />
          </div>
          <div class="nhsuk-grid-column-one-half">
            {framework
              ? <ScoreSheet allocationId={allocationId} framework={framework} scores={scores} />
              : <p class="nhsuk-body">This stage has no framework yet. Ask the programme team.</p>}
          </div>
        </div>
      </Page>
    )}</Loaded>
  );
}

function ScoreSheet({ allocationId, framework, scores }: { allocationId: string; framework: Framework; scores: MyScores }) {
  const [sheet, setSheet] = useState<Sheet>(scores.mine?.scores ?? {});
  const [result, setResult] = useState<MyScores>(scores);
  const [saved, setSaved] = useState(false);
  const { problem, busy, run } = useAction();
  const { route } = useLocation();
  const body = () => ({ scores: Object.fromEntries(Object.entries(sheet).filter(([, s]) => s.score !== undefined)
    .map(([criterion, s]) => [criterion, { score: s.score!, evidence: s.evidence }])) });
  const save = () => run(async () => {
    setResult(await ok(assessment.PUT('/api/assessment/allocations/{id}/scores', { params: { path: { id: allocationId } }, body: body() })));
    setSaved(true);
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await run(async () => {
      if (Object.keys(body().scores).length) {
        await ok(assessment.PUT('/api/assessment/allocations/{id}/scores', { params: { path: { id: allocationId } }, body: body() }));
      }
      setResult(await ok(assessment.POST('/api/assessment/allocations/{id}/scores/submit', { params: { path: { id: allocationId } } })));
    })) route(`/assessor/allocations/${allocationId}?submitted=1`, true);
  };
  const criteria = framework.criteria ?? [];
  const errorOf = (field: string) => fieldError(problem, field);

  if (result.mine?.submittedAt) return <SubmittedSheet framework={framework} scores={result} />;
  return (
    <form noValidate onSubmit={submit}>
      <h2>Your scores</h2>
      <ErrorSummary errors={problem?.fieldErrors.map((error) => ({ ...error, message: `${criterionName(criteria, error.field)}: ${error.message}` })) ?? []}
        message={problem && plainMessage(problem)} />
      {saved && !problem && <p class="nhsuk-body" role="status">Your draft has been saved. You can come back to it.</p>}
      {criteria.map((criterion) => (
        <div class="nhsuk-card" key={criterion.id}>
          <div class="nhsuk-card__content">
            <h3 class="nhsuk-card__heading">{criterion.name} <span class="nhsuk-body-s">({criterion.weightPercent}% of the score)</span></h3>
            {criterion.description && <p class="nhsuk-body-s">{criterion.description}</p>}
            <Choices name={`scores.${criterion.id}`} label={`Score for ${criterion.name}`} small
              error={errorOf(`scores.${criterion.id}`)}
              options={scale(framework).map((point) => ({ value: String(point), text: `${point}: ${criterion.anchors?.[String(point)] ?? ''}` }))}
              value={sheet[criterion.id!]?.score !== undefined ? [String(sheet[criterion.id!].score)] : []}
              onChange={([value]) => setSheet({ ...sheet, [criterion.id!]: { ...sheet[criterion.id!], score: Number(value) } })} />
            <Textarea name={`evidence.${criterion.id}`} label={`Evidence for ${criterion.name}`} rows={3}
              hint="What in the application supports this score."
              value={sheet[criterion.id!]?.evidence ?? ''}
              onInput={(evidence) => setSheet({ ...sheet, [criterion.id!]: { ...sheet[criterion.id!], evidence } })} />
          </div>
        </div>
      ))}
      <div class="nhsuk-button-group">
        <button type="submit" class="nhsuk-button" disabled={busy}>Submit scores</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={save}>Save draft</button>
      </div>
    </form>
  );
}

function SubmittedSheet({ framework, scores }: { framework: Framework; scores: MyScores }) {
  return (
    <>
      <h2>Your scores</h2>
      <p class="nhsuk-body" role="status">You submitted your scores. They can no longer be changed.</p>
      <dl class="nhsuk-summary-list">
        {(framework.criteria ?? []).map((criterion) => (
          <div class="nhsuk-summary-list__row" key={criterion.id}>
            <dt class="nhsuk-summary-list__key">{criterion.name}</dt>
            <dd class="nhsuk-summary-list__value">{scores.mine?.scores?.[criterion.id!]?.score}<br />
              <span class="nhsuk-body-s">{scores.mine?.scores?.[criterion.id!]?.evidence}</span></dd>
          </div>
        ))}
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Weighted score</dt>
          <dd class="nhsuk-summary-list__value">{scores.mine?.weightedScore?.toFixed(2)}</dd>
        </div>
      </dl>
      <h3>The other assessors</h3>
      {scores.othersVisible
        ? <p class="nhsuk-body">Their weighted scores: {(scores.others ?? []).map((other) => other.weightedScore?.toFixed(2)).join(', ')}.</p>
        : <p class="nhsuk-body">{scores.othersNote ?? 'You see their scores once everyone has submitted.'}</p>}
    </>
  );
}

function criterionName(criteria: Framework['criteria'] & {}, field: string): string {
  return criteria.find((criterion) => `scores.${criterion.id}` === field)?.name ?? field;
}
