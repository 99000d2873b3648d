import { useContext } from 'preact/hooks';
import { assessment, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/useApi';
import { PersonContext } from '../../auth/PersonContext';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';
import { reference, stageName } from './assessorLabels';

/** An assessor's start: their declaration of interests, then each allocation and how far they have got with it. */
export function AssessorHome() {
  const person = useContext(PersonContext)!;
  const me = useApi(() => ok(assessment.GET('/api/assessment/assessors/me')).catch((problem) => {
    if (problem instanceof ApiProblem && problem.status === 404) return null; // not in the pool yet
    throw problem;
  }));
  const allocations = useApi(async () => {
    const mine = await ok(assessment.GET('/api/assessment/allocations/mine'));
    return Promise.all(mine.map(async (allocation) => ({
      ...allocation,
      sheet: (await ok(assessment.GET('/api/assessment/allocations/{id}/scores',
        { params: { path: { id: allocation.allocationId! } } }))).mine,
    })));
  });
  return (
    <Page title="Your assessments">
      <h2>Conflicts of interest</h2>
      <Loaded state={me}>{(assessor) => (assessor === null
        ? <p class="nhsuk-body">You are not in an assessor pool yet. The programme team adds you.</p>
        : (
          <>
            <p class="nhsuk-body">{assessor.declaredAt
              ? `You declared ${assessor.conflicts?.length ? `${assessor.conflicts.length} conflict${assessor.conflicts.length > 1 ? 's' : ''}` : 'no conflicts'} on ${date(assessor.declaredAt)}.`
              : 'You have not declared your conflicts of interest. You are given applications to assess only once you have.'}</p>
            <a class="nhsuk-button nhsuk-button--secondary" role="button" draggable={false} href="/assessor/declaration">
              {assessor.declaredAt ? 'Change your declaration' : 'Declare your conflicts of interest'}</a>
          </>
        ))}</Loaded>
      {person.roles.includes('moderator') && (
        <a class="nhsuk-action-link" href="/assessor/moderation">
          <span class="nhsuk-action-link__text">Cases awaiting moderation</span>
        </a>
      )}
      <h2>Applications to assess</h2>
      <p class="nhsuk-body">Each application is shown without the applicant's name, employer or personal details.
        Score each criterion against the framework's scale, with the evidence from the application.</p>
      <Loaded state={allocations}>{(list) => (list.length === 0
        ? <p class="nhsuk-body">You have no applications to assess.</p>
        : (
          <table class="nhsuk-table-responsive">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Applications to assess</caption>
            <thead class="nhsuk-table__head"><tr>
              <th scope="col">Application</th><th scope="col">Stage</th><th scope="col">Given to you</th><th scope="col">Status</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">
              {list.map((allocation) => (
                <tr class="nhsuk-table__row" key={allocation.allocationId}>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Application </span>
                    <a href={`/assessor/allocations/${allocation.allocationId}`}>Application {reference(allocation.applicationId)}</a></td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Stage </span>{stageName(allocation.stage)}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Given to you </span>{date(allocation.allocatedAt)}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Status </span>
                    {allocation.sheet?.submittedAt ? <Tag text="Submitted" colour="green" />
                      : allocation.sheet?.savedAt ? <Tag text="Draft saved" colour="yellow" /> : <Tag text="Not started" colour="grey" />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}</Loaded>
    </Page>
  );
}
