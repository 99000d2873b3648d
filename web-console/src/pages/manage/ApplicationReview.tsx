import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, SummaryList, Tag } from '../../components/Status';
import { APPLICATION_STATUSES, ORGANISATION_TYPES, PROFESSIONS, REGIONS, bandName, date } from '../../labels';

/** One application as the programme team sees it, with the screening result and an override with its reason. */
export function ApplicationReview({ applicationId }: { applicationId: string }) {
  const application = useApi(() => ok(recruitment.GET('/api/recruitment/applications/{id}',
    { params: { path: { id: applicationId } } })), [applicationId]);
  return (
    <Loaded state={application}>{(a) => (
      <Page title={`${a.profile?.givenName ?? ''} ${a.profile?.familyName ?? ''}`.trim() || 'Application'} caption="Application"
        back={{ href: `/manage/intakes/${a.intakeId}/applications`, text: 'Applications' }}>
        <SummaryList rows={[
          { key: 'Status', value: <Tag {...(APPLICATION_STATUSES[a.status ?? ''] ?? { text: a.status ?? '', colour: 'grey' })} /> },
          { key: 'Submitted', value: date(a.submittedAt) },
          { key: 'Email', value: a.profile?.email },
          { key: 'Current role', value: a.profile?.currentRole },
          { key: 'Band', value: a.profile?.band ? bandName(a.profile.band) : '' },
          { key: 'Organisation', value: `${a.profile?.organisationCode ?? ''} (${ORGANISATION_TYPES[a.profile?.organisationType ?? ''] ?? ''})` },
          { key: 'Region', value: REGIONS[a.profile?.regionCode ?? ''] ?? '' },
          { key: 'Profession', value: PROFESSIONS[a.profile?.profession ?? ''] ?? '' },
          { key: 'Sponsor', value: a.sponsor ? `${a.sponsor.name}: ${a.sponsor.endorsement}${a.sponsor.comment ? `, "${a.sponsor.comment}"` : ''}` : 'None' },
        ]} />
        <h2>Screening</h2>
        <p class="nhsuk-body">{a.eligible === null || a.eligible === undefined ? 'Not screened yet.'
          : a.eligibilityOverridden ? `${a.eligible ? 'Eligible' : 'Not eligible'} by override: ${a.eligibilityOverrideReason}`
            : a.eligible ? 'Eligible under the scheme\'s rules.' : `Not eligible: ${(a.eligibilityReasons ?? []).join('; ')}.`}</p>
        {a.eligible !== null && a.eligible !== undefined && <OverrideForm applicationId={applicationId} eligible={a.eligible} onDone={application.reload} />}
      </Page>
    )}</Loaded>
  );
}

function OverrideForm({ applicationId, eligible, onDone }: { applicationId: string; eligible: boolean; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const { problem, busy, run } = useAction();
  const override = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(recruitment.POST('/api/recruitment/applications/{id}/eligibility-override', {
      params: { path: { id: applicationId } }, body: { eligible: !eligible, reason: reason.trim() },
    })))) onDone();
  };
  return (
    <form noValidate onSubmit={override}>
      <ProblemSummary problem={problem} />
      <Textarea name="reason" label={`Why make this application ${eligible ? 'not eligible' : 'eligible'}?`} rows={3}
        hint="At least 10 characters. The reason is recorded and audited." error={fieldError(problem, 'reason')}
        value={reason} onInput={setReason} />
      <button type="submit" class="nhsuk-button nhsuk-button--secondary" disabled={busy}>
        {eligible ? 'Override: make not eligible' : 'Override: make eligible'}</button>
    </form>
  );
}
