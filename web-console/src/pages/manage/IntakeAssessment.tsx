import { useState } from 'preact/hooks';
import { assessment, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/assessment';
import { ProblemSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { reference, stageName } from '../assessor/assessorLabels';
import { AssessorPool } from './AssessorPool';
import { IntakeNav } from './IntakeNav';
import { CASE_STATUSES } from './manageLabels';
import { StageSetup } from './StageSetup';
import { useIntake } from '../useIntakes';

type Stage = components['schemas']['Stage'];
type Outcome = components['schemas']['Outcome'];
type Entry = components['schemas']['Entry'];

/** An intake's assessment: its stages, allocation to assessors, where the cases stand, ranking and decisions. */
export function IntakeAssessment({ intakeId }: { intakeId: string }) {
  const loaded = useIntake(intakeId);
  const stages = useApi(() => ok(assessment.GET('/api/assessment/intakes/{intakeId}/stages', { params: { path: { intakeId } } })), [intakeId]);
  const cases = useApi(() => ok(assessment.GET('/api/assessment/cases', { params: { query: { intakeId } } })), [intakeId]);
  return (
    <Loaded state={loaded}>{({ intake, scheme }) => (
      <Page title="Assessment and decisions" caption={`${scheme.name}: ${intake.name}`} back={{ href: '/manage', text: 'Schemes and intakes' }}>
        <IntakeNav intakeId={intakeId} current="/assessment" />
        <AssessorPool />
        <Loaded state={stages}>{(configured) => (configured.length === 0
          ? <StageSetup intakeId={intakeId} onSaved={stages.reload} />
          : configured.map((stage) => (
            <StageSection key={stage.kind} stage={stage} cases={(cases.data ?? []).filter((c) => c.stage === stage.kind)}
              onChange={cases.reload} />
          )))}</Loaded>
      </Page>
    )}</Loaded>
  );
}

function StageSection({ stage, cases, onChange }: { stage: Stage; cases: components['schemas']['AssessmentCase'][]; onChange: () => void }) {
  const counts = cases.reduce<Record<string, number>>((tally, c) => ({ ...tally, [c.status!]: (tally[c.status!] ?? 0) + 1 }), {});
  const [outcome, setOutcome] = useState<Outcome>();
  const allocation = useAction();
  const allocate = () => allocation.run(async () => {
    setOutcome(await ok(assessment.POST('/api/assessment/intakes/{intakeId}/stages/{stage}/allocation',
      { params: { path: { intakeId: stage.intakeId!, stage: stage.kind! } } })));
    onChange();
  });
  return (
    <section>
      <h2>{stage.position}. {stageName(stage.kind)}</h2>
      <p class="nhsuk-body">{stage.assessorsPerApplication} assessor{stage.assessorsPerApplication === 1 ? '' : 's'} per
        application; another is called when their scores differ by more than {stage.tolerance}. {passRule(stage)}</p>
      <ul class="nhsuk-list">
        {Object.entries(counts).map(([status, count]) => (
          <li key={status}><Tag {...(CASE_STATUSES[status] ?? { text: status, colour: 'grey' })} /> {count}</li>
        ))}
        {cases.length === 0 && <li>No applications have reached this stage yet.</li>}
      </ul>
      <ProblemSummary problem={allocation.problem} />
      {(counts.PENDING ?? 0) > 0 && (
        <button type="button" class="nhsuk-button" disabled={allocation.busy} onClick={allocate}>
          Allocate {counts.PENDING} application{counts.PENDING === 1 ? '' : 's'} to assessors</button>
      )}
      {allocation.busy && <p class="nhsuk-body" role="status">Allocating: choosing conflict-free assessors for each application…</p>}
      {outcome && <AllocationOutcome outcome={outcome} />}
      <Ranking stage={stage} onDecided={onChange} />
    </section>
  );
}

function passRule(stage: Stage): string {
  switch (stage.passRule) {
    case 'TOP_N': return `The best ${stage.passValue} progress.`;
    case 'THRESHOLD': return `Those scoring ${stage.passValue} or more progress.`;
    default: return 'The programme team decides who progresses.';
  }
}

function AllocationOutcome({ outcome }: { outcome: Outcome }) {
  const unallocated = Object.entries(outcome.unallocated ?? {});
  return (
    <div class="nhsuk-inset-text" role="status">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      <p>{outcome.allocated?.length ?? 0} allocations made.{unallocated.length > 0 && ` ${unallocated.length} application${unallocated.length === 1 ? '' : 's'} could not be allocated: ${unallocated.map(([id, why]) => `${reference(id)} (${why})`).join('; ')}.`}
        {(outcome.excludedAssessors?.length ?? 0) > 0 && ` Left out until they declare their conflicts: ${outcome.excludedAssessors!.join(', ')}.`}</p>
    </div>
  );
}

/** The stage's settled cases, best first, with the pass rule's suggestion; each decided here, or all as suggested. */
function Ranking({ stage, onDecided }: { stage: Stage; onDecided: () => void }) {
  const ranking = useApi(() => ok(assessment.GET('/api/assessment/intakes/{intakeId}/stages/{stage}/ranking',
    { params: { path: { intakeId: stage.intakeId!, stage: stage.kind! } } })), [stage.intakeId, stage.kind]);
  const deciding = useAction();
  const [progress, setProgress] = useState<{ done: number; of: number }>();
  const decide = (entries: Entry[], decision?: 'PROGRESS' | 'NOT_PROGRESS') => deciding.run(async () => {
    setProgress({ done: 0, of: entries.length });
    for (const [index, entry] of entries.entries()) {
      await ok(assessment.POST('/api/assessment/cases/{id}/decision', { params: { path: { id: entry.caseId! } },
        body: { decision: decision ?? entry.suggestion as 'PROGRESS' | 'NOT_PROGRESS' } }));
      setProgress({ done: index + 1, of: entries.length });
    }
    ranking.reload();
    onDecided();
  });
  return (
    <Loaded state={ranking}>{(r) => {
      const ranked = r.ranked ?? [];
      if (ranked.length === 0) return <p class="nhsuk-body">No case of this stage is settled yet: the ranking shows once assessors have scored.</p>;
      const undecided = ranked.filter((entry) => !entry.decision);
      const suggested = undecided.filter((entry) => entry.suggestion === 'PROGRESS' || entry.suggestion === 'NOT_PROGRESS');
      return (
        <>
          <h3>Ranking</h3>
          <ProblemSummary problem={deciding.problem} />
          {(r.unsettledCases?.length ?? 0) > 0 && <p class="nhsuk-body">{r.unsettledCases!.length} more are still being scored or moderated.</p>}
          {suggested.length > 0 && (
            <button type="button" class="nhsuk-button" disabled={deciding.busy} onClick={() => decide(suggested)}>
              Decide {suggested.length} as suggested</button>
          )}
          {progress && deciding.busy && (
            <p class="nhsuk-body" role="status">Recording decisions: {progress.done} of {progress.of}
              <progress class="app-progress" max={progress.of} value={progress.done}>{progress.done} of {progress.of}</progress></p>
          )}
          <table class="nhsuk-table-responsive">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Ranking of {stageName(stage.kind)}</caption>
            <thead class="nhsuk-table__head"><tr>
              <th scope="col">Rank</th><th scope="col">Application</th><th scope="col">Score</th><th scope="col">Suggested</th><th scope="col">Decision</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">
              {ranked.map((entry) => (
                <tr class="nhsuk-table__row" key={entry.caseId}>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Rank </span>{entry.rank}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Application </span>
                    <a href={`/manage/applications/${entry.applicationId}`}>{reference(entry.applicationId)}</a></td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Score </span>{entry.finalScore?.toFixed(2)}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Suggested </span>{SUGGESTIONS[entry.suggestion ?? ''] ?? entry.suggestion}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Decision </span>
                    {entry.decision ? <Tag {...(entry.decision === 'PROGRESS' ? { text: 'Progress', colour: 'green' as const } : { text: 'Not progress', colour: 'red' as const })} />
                      : (
                        <div class="nhsuk-button-group">
                          <button type="button" class="nhsuk-button nhsuk-button--small" disabled={deciding.busy}
                            onClick={() => decide([entry], 'PROGRESS')}>Progress<span class="nhsuk-u-visually-hidden"> {reference(entry.applicationId)}</span></button>
                          <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={deciding.busy}
                            onClick={() => decide([entry], 'NOT_PROGRESS')}>Do not progress<span class="nhsuk-u-visually-hidden"> {reference(entry.applicationId)}</span></button>
                        </div>
                      )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    }}</Loaded>
  );
}

const SUGGESTIONS: Record<string, string> = { PROGRESS: 'Progress', NOT_PROGRESS: 'Not progress', DECIDE: 'Your decision' };
