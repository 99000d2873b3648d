import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { date } from '../../labels';
import { describeRules } from './eligibility';
import { useDraft } from './useDraft';

/** One open intake: what the scheme is, who can apply, and the way in. */
export function IntakePage({ intakeId }: { intakeId: string }) {
  const application = useDraft(intakeId);
  return (
    <Loaded state={application}>{({ intake, scheme, draft }) => {
      const rules = describeRules(scheme.eligibility);
      const started = Object.keys(draft).length > 0;
      return (
        <Page title={scheme.name ?? 'Scheme'} caption={intake.name} back={{ href: '/applicant/intakes', text: 'Open schemes' }}>
          <p class="nhsuk-lede-text">{scheme.description}</p>
          <p class="nhsuk-body">{intake.places} places. Applications close on {date(intake.closesAt)}.</p>
          <h2>Who can apply</h2>
          {rules.length === 0 ? <p class="nhsuk-body">Anyone working in the NHS can apply.</p> : (
            <>
              <p class="nhsuk-body">You can apply if:</p>
              <ul class="nhsuk-list nhsuk-list--bullet">{rules.map((rule) => <li key={rule}>{rule}</li>)}</ul>
            </>
          )}
          {scheme.positiveAction?.basis === 'S158_TARGETED' && (
            <div class="nhsuk-inset-text">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p>This scheme is positive action under section 158 of the Equality Act 2010. {scheme.positiveAction.justification} You will be asked to confirm that you belong to the group it is for.</p>
            </div>
          )}
          {intake.sponsorRequired && (
            <p class="nhsuk-body">You need a sponsor, such as your line manager or a director, who will be asked to endorse your application by {date(intake.endorsementDeadline)}.</p>
          )}
          <p class="nhsuk-body">You can save your application and come back to it before the closing date.</p>
          <a class="nhsuk-button" role="button" draggable={false} href={`/applicant/intakes/${intake.id}/apply/about-you`}>
            {started ? 'Continue your application' : 'Start now'}
          </a>
        </Page>
      );
    }}</Loaded>
  );
}
