import { ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { APPLICATION_STATUSES, date } from '../../labels';
import { DownloadMyData } from './DownloadMyData';

/** An applicant's start: their applications and where each stands, open intakes, their data. */
export function ApplicantHome() {
  const mine = useApi(() => ok(recruitment.GET('/api/recruitment/me/data')));
  return (
    <Page title="Your applications">
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
