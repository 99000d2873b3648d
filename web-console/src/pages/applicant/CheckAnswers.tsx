import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { Page } from '../../components/Page';
import { Loaded, SummaryList } from '../../components/Status';
import { ORGANISATION_TYPES, PROFESSIONS, REGIONS, bandName } from '../../labels';
import { reasonsNotEligible } from './eligibility';
import { stepOf, type DraftContent } from './model';
import { useDraft, type Application } from './useDraft';

/** Check your answers, then submit: the one step that cannot be undone, except by withdrawing. */
export function CheckAnswers({ intakeId }: { intakeId: string }) {
  const application = useDraft(intakeId);
  return <Loaded state={application}>{(loaded) => <Answers application={loaded} />}</Loaded>;
}

function Answers({ application: { intake, scheme, draft } }: { application: Application }) {
  const { route } = useLocation();
  const { problem, busy: submitting, run } = useAction();
  // One key for every try of this submission: a retry after a lost answer returns the one application.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const base = `/applicant/intakes/${intake.id}/apply`;
  const reasons = reasonsNotEligible(scheme.eligibility, draft);

  const submit = () => run(async () => {
    const submitted = await ok(recruitment.POST('/api/recruitment/intakes/{intakeId}/draft/submit', {
      params: { path: { intakeId: intake.id! }, header: { 'Idempotency-Key': idempotencyKey } },
    }));
    route(`/applicant/applications/${submitted.id}?submitted=1`);
  });

  return (
    <Page title="Check your answers before submitting your application" caption={`${scheme.name}: ${intake.name}`}
      back={{ href: `${base}/sponsor`, text: 'Back' }}>
      {problem && (
        <div class="nhsuk-error-summary" aria-labelledby="submit-problem" role="alert" tabIndex={-1}>
          <h2 class="nhsuk-error-summary__title" id="submit-problem">Your application has not been submitted</h2>
          <div class="nhsuk-error-summary__body">
            <p>{plainMessage(problem)}</p>
            <ul class="nhsuk-list nhsuk-error-summary__list">
              {problem.fieldErrors.map((error) => (
                <li key={error.field}><a href={`${base}/${stepOf(error.field)}`}>{error.field}: {error.message}</a></li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {reasons.length > 0 && (
        <div class="nhsuk-warning-callout">
          <h2 class="nhsuk-warning-callout__label"><span class="nhsuk-u-visually-hidden">Important: </span>You may not be eligible</h2>
          <ul class="nhsuk-list nhsuk-list--bullet">{reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
          <p>You can still submit: the programme team screens every application and can make an exception.</p>
        </div>
      )}
      <h2 class="nhsuk-heading-m">About you</h2>
      <SummaryList rows={[
        { key: 'Name', value: `${draft.givenName ?? ''} ${draft.familyName ?? ''}`, change: `${base}/about-you` },
        { key: 'Email address', value: draft.applicantEmail, change: `${base}/about-you` },
      ]} />
      <h2 class="nhsuk-heading-m">Your role</h2>
      <SummaryList rows={roleRows(draft, `${base}/your-role`, scheme.positiveAction?.basis === 'S158_TARGETED')} />
      {(intake.questions ?? []).length > 0 && (
        <>
          <h2 class="nhsuk-heading-m">Application questions</h2>
          <SummaryList rows={(intake.questions ?? []).map((question) => {
            const answer = draft.answers?.[question.id!];
            return { key: question.text!, value: Array.isArray(answer) ? answer.join(', ') : answer || 'Not answered', change: `${base}/questions` };
          })} />
        </>
      )}
      <h2 class="nhsuk-heading-m">Your sponsor</h2>
      <SummaryList rows={[{
        key: 'Sponsor', value: draft.sponsor?.name ? `${draft.sponsor.name} (${draft.sponsor.email ?? ''})` : 'None named',
        change: `${base}/sponsor`,
      }]} />
      <h2 class="nhsuk-heading-m">Now submit your application</h2>
      <p class="nhsuk-body">By submitting you confirm that your answers are true to the best of your knowledge.
        {intake.sponsorRequired && ' We will then ask your sponsor to endorse it.'}</p>
      <button type="button" class="nhsuk-button" disabled={submitting} onClick={submit}>Submit application</button>
      <p class="nhsuk-body" role="status">{submitting ? 'Submitting your application…' : ''}</p>
    </Page>
  );
}

function roleRows(draft: DraftContent, change: string, targeted: boolean) {
  return [
    { key: 'Job title', value: draft.currentRole, change },
    { key: 'Band', value: draft.band && bandName(draft.band), change },
    { key: 'Region', value: REGIONS[draft.regionCode ?? ''], change },
    { key: 'Organisation', value: `${draft.organisationCode ?? ''}, ${ORGANISATION_TYPES[draft.organisationType ?? ''] ?? ''}`, change },
    { key: 'Profession', value: PROFESSIONS[draft.profession ?? ''], change },
    ...(targeted ? [{ key: 'In the group this scheme is for', value: draft.confirmsTargetedGroup ? 'Yes' : 'No', change }] : []),
  ];
}
