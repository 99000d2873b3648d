import { useLocation } from 'preact-iso';
import { assessment, ok } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { date } from '../../labels';
import { reference, stageName } from './assessorLabels';

/** The moderators' work: cases whose assessors disagreed beyond the stage's tolerance, oldest first. */
export function ModerationList() {
  const { query } = useLocation();
  const cases = useApi(() => ok(assessment.GET('/api/assessment/cases/awaiting-moderation')));
  return (
    <Page title="Cases awaiting moderation" back={{ href: '/assessor', text: 'Your assessments' }}>
      {query.moderated && <p class="nhsuk-body" role="status">Thank you: your moderation has been recorded, with its rationale.</p>}
      <p class="nhsuk-body">The assessors of these applications disagreed by more than their stage allows, even after a
        further assessor. Read their scores and evidence, agree a score for each criterion and say why.</p>
      <Loaded state={cases}>{(list) => (list.length === 0
        ? <p class="nhsuk-body">No case is waiting for moderation.</p>
        : (
          <ul class="nhsuk-list">
            {list.map((c) => (
              <li key={c.id}><a href={`/assessor/moderation/${c.id}`}>Application {reference(c.applicationId)}</a>
                {' '}<span class="nhsuk-body-s">({stageName(c.stage)}, opened {date(c.openedAt)})</span></li>
            ))}
          </ul>
        ))}</Loaded>
    </Page>
  );
}
