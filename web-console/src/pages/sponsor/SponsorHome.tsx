import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';
import { sponsorState } from './sponsorState';

/** A sponsor's start: the applications that name them, those awaiting their decision first. */
export function SponsorHome() {
  const { query } = useLocation();
  const named = useApi(() => ok(recruitment.GET('/api/recruitment/sponsor/applications')));
  return (
    <Page title="Applications that name you as sponsor">
      {query.decided && <p class="nhsuk-body" role="status">Thank you: your decision has been recorded and the applicant can see it.</p>}
      <p class="nhsuk-body">Applicants name their line manager or director as sponsor. Endorse an application if you
        support the applicant taking part, and say why in a short comment: the programme team reads it.</p>
      <Loaded state={named}>{(applications) => (applications.length === 0
        ? <p class="nhsuk-body">No application names you as sponsor.</p>
        : (
          <table class="nhsuk-table-responsive">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Applications that name you</caption>
            <thead class="nhsuk-table__head"><tr>
              <th scope="col">Applicant</th><th scope="col">Current role</th><th scope="col">Decide by</th><th scope="col">Status</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">
              {applications.map((application) => (
                <tr class="nhsuk-table__row" key={application.applicationId}>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Applicant </span>
                    <a href={`/sponsor/applications/${application.applicationId}`}>{application.applicantName}</a></td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Current role </span>{application.currentRole}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Decide by </span>{date(application.deadline)}</td>
                  <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Status </span>
                    <Tag {...sponsorState(application)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}</Loaded>
    </Page>
  );
}
