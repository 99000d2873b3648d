import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { APPLICATION_STATUSES, date } from '../../labels';

const ENDORSEMENTS: Record<string, string> = {
  NOT_REQUESTED: 'Not needed', PENDING: 'Waiting for your sponsor', ENDORSED: 'Endorsed', DECLINED: 'Not endorsed',
};

/** Where an application stands: its status, the sponsor's decision, the screening, and what to do next. */
export function ApplicationPage({ applicationId }: { applicationId: string }) {
  const { query } = useLocation();
  const application = useApi(() => ok(recruitment.GET('/api/recruitment/applications/{id}',
    { params: { path: { id: applicationId } } })), [applicationId]);
  return (
    <Loaded state={application}>{(a) => {
      const status = APPLICATION_STATUSES[a.status ?? ''] ?? { text: a.status ?? '', colour: 'grey' as const };
      return (
        <Page title={query.submitted ? 'Application submitted' : 'Your application'} back={{ href: '/applicant', text: 'Your applications' }}>
          {query.submitted && (
            <div class="nhsuk-panel">
              <h2 class="nhsuk-panel__title">Your application has been submitted</h2>
              <div class="nhsuk-panel__body">Your reference is<br /><strong>{a.id?.slice(0, 8).toUpperCase()}</strong></div>
            </div>
          )}
          {query.equality && <p class="nhsuk-body" role="status">Thank you: your equality monitoring answers have been saved.</p>}
          <SummaryList rows={[
            { key: 'Status', value: <Tag {...status} /> },
            { key: 'Submitted', value: date(a.submittedAt) },
            { key: 'Sponsor', value: a.sponsor ? `${a.sponsor.name}: ${ENDORSEMENTS[a.sponsor.endorsement ?? ''] ?? a.sponsor.endorsement}` : 'None named' },
            ...(a.sponsor?.comment ? [{ key: "Sponsor's comment", value: a.sponsor.comment }] : []),
            { key: 'Eligibility', value: a.eligible === undefined || a.eligible === null ? 'Being checked'
              : a.eligible || a.eligibilityOverridden ? 'Eligible' : `Not eligible: ${(a.eligibilityReasons ?? []).join(', ')}` },
          ]} />
          <h2>What happens next</h2>
          <p class="nhsuk-body">The programme team screens every application after the closing date. Shortlisted
            applicants are assessed by a panel who see your answers without your name or personal details.</p>
          <h2>Equality monitoring</h2>
          <p class="nhsuk-body">You can answer some optional questions that help us check the scheme is fair.</p>
          <a class="nhsuk-button nhsuk-button--secondary" role="button" draggable={false}
            href={`/applicant/applications/${a.id}/equality`}>Answer equality questions</a>
        </Page>
      );
    }}</Loaded>
  );
}
