import { useLocation } from 'preact-iso';
import { cohort, ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { APPLICATION_STATUSES, date } from '../../labels';
import { useMyParticipations } from '../participant/useParticipation';
import { DownloadMyData } from './DownloadMyData';

/** An applicant's start: their applications and where each stands, open intakes, their data. */
export function ApplicantHome() {
  const { query } = useLocation();
  const mine = useApi(() => ok(recruitment.GET('/api/recruitment/me/data')));
  const offers = useApi(() => ok(cohort.GET('/api/cohorts/me/offers')));
  const participations = useMyParticipations();
  return (
    <Page title="Your applications">
      {query.offer && <p class="nhsuk-body" role="status">Thank you: your answer has been recorded; you {query.offer === 'accepted' ? 'accepted' : 'declined'} the place.</p>}
      <Loaded state={offers}>{(list) => list.filter((offer) => offer.status === 'OFFERED').map((offer) => (
        <div class="nhsuk-card nhsuk-card--feature" key={offer.id}>
          <div class="nhsuk-card__content nhsuk-card__content--feature">
            <h2 class="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">You have been offered a place</h2>
            <p class="nhsuk-card__description">Answer by {date(offer.respondBy)}. <a href={`/applicant/offers/${offer.id}`}>Accept or decline your offer</a></p>
          </div>
        </div>
      ))}</Loaded>
      {(participations.data ?? []).length > 0 && (
        <div class="nhsuk-card nhsuk-card--clickable">
          <div class="nhsuk-card__content">
            <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="/participant">Your programme</a></h2>
            <p class="nhsuk-card__description">Your sessions, your coach, your development plan and career check-ins.</p>
          </div>
        </div>
      )}
      <Loaded state={mine}>{(data) => (data.applications?.length ? (
        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Your applications</caption>
          <thead class="nhsuk-table__head"><tr>
            <th scope="col">Application</th><th scope="col">Submitted</th><th scope="col">Status</th>
          </tr></thead>
          <tbody class="nhsuk-table__body">
            {data.applications.map((application) => {
              const status = APPLICATION_STATUSES[application.status ?? ''] ?? { text: application.status ?? '', colour: 'grey' as const };
              return (
                <tr class="nhsuk-table__row" key={application.id}>
                  <td class="nhsuk-table__cell"><a href={`/applicant/applications/${application.id}`}>View application<span class="nhsuk-u-visually-hidden"> submitted {date(application.submittedAt)}</span></a></td>
                  <td class="nhsuk-table__cell">{date(application.submittedAt)}</td>
                  <td class="nhsuk-table__cell"><Tag {...status} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : <p class="nhsuk-body">You have not submitted an application yet.</p>)}</Loaded>
      <a class="nhsuk-action-link" href="/applicant/intakes">
        <span class="nhsuk-action-link__text">Find a scheme that is open for applications</span>
      </a>
      <h2>Your data</h2>
      <DownloadMyData />
    </Page>
  );
}
