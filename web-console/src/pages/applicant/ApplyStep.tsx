import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { plainMessage, type ApiProblem, type FieldError } from '../../api/problem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices, TextInput, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { BANDS, ORGANISATION_TYPES, PROFESSIONS, REGIONS, bandName, options } from '../../labels';
import { STEPS, type DraftContent, type StepSlug } from './model';
import { saveDraft, useDraft, type Application } from './useDraft';

/** One page of the application form. Each "Save and continue" saves the draft, so the applicant can leave any time. */
export function ApplyStep({ intakeId, step }: { intakeId: string; step: string }) {
  const application = useDraft(intakeId, step);
  return <Loaded state={application}>{(loaded) => <StepForm key={step} application={loaded} step={step as StepSlug} />}</Loaded>;
}

function StepForm({ application, step }: { application: Application; step: StepSlug }) {
  const { intake, scheme } = application;
  const { route } = useLocation();
  const [draft, setDraft] = useState<DraftContent>(application.draft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiProblem>();
  const [saving, setSaving] = useState(false);
  const index = STEPS.findIndex((s) => s.slug === step);
  const base = `/applicant/intakes/${intake.id}/apply`;
  const next = index + 1 < STEPS.length ? `${base}/${STEPS[index + 1].slug}` : `${base}/check`;
  const set = (change: Partial<DraftContent>) => setDraft({ ...draft, ...change });
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const save = async (then: string, check: boolean) => {
    const missing = check ? missingAnswers(step, draft, application) : [];
    setErrors(missing);
    if (missing.length) return;
    setSaving(true);
    try {
      await saveDraft(intake.id!, draft);
      route(then);
    } catch (failure) {
      setProblem(failure as ApiProblem);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title={STEPS[index].title} caption={`${scheme.name}: ${intake.name}`}
      back={{ href: index > 0 ? `${base}/${STEPS[index - 1].slug}` : `/applicant/intakes/${intake.id}`, text: 'Back' }}>
      <ErrorSummary errors={errors} message={problem && plainMessage(problem)} />
      <form noValidate onSubmit={(e) => { e.preventDefault(); save(next, true); }}>
        {step === 'about-you' && (
          <>
            <TextInput name="givenName" label="First name" autocomplete="given-name" value={draft.givenName ?? ''}
              error={errorOf('givenName')} onInput={(givenName) => set({ givenName })} />
            <TextInput name="familyName" label="Last name" autocomplete="family-name" value={draft.familyName ?? ''}
              error={errorOf('familyName')} onInput={(familyName) => set({ familyName })} />
            <TextInput name="applicantEmail" label="Email address" type="email" autocomplete="email"
              hint="We will only use this to contact you about your application." value={draft.applicantEmail ?? ''}
              error={errorOf('applicantEmail')} onInput={(applicantEmail) => set({ applicantEmail })} />
          </>
        )}
        {step === 'your-role' && (
          <>
            <TextInput name="currentRole" label="Your job title" value={draft.currentRole ?? ''}
              error={errorOf('currentRole')} onInput={(currentRole) => set({ currentRole })} />
            <Choices name="band" label="Your Agenda for Change band" small value={draft.band ? [draft.band] : []}
              options={BANDS.map((band) => ({ value: band, text: bandName(band) }))} error={errorOf('band')}
              onChange={([band]) => set({ band })} />
            <Choices name="regionCode" label="The NHS England region you work in" value={draft.regionCode ? [draft.regionCode] : []}
              options={options(REGIONS)} error={errorOf('regionCode')} onChange={([regionCode]) => set({ regionCode })} />
            <TextInput name="organisationCode" label="Your organisation's ODS code" width={10}
              hint="3 to 6 letters and numbers, for example RR8. Your HR team can tell you." value={draft.organisationCode ?? ''}
              error={errorOf('organisationCode')} onInput={(organisationCode) => set({ organisationCode: organisationCode.trim() })} />
            <Choices name="organisationType" label="Your type of organisation" value={draft.organisationType ? [draft.organisationType] : []}
              options={options(ORGANISATION_TYPES)} error={errorOf('organisationType')}
              onChange={([organisationType]) => set({ organisationType })} />
            <Choices name="profession" label="Your profession" value={draft.profession ? [draft.profession] : []}
              options={options(PROFESSIONS)} error={errorOf('profession')} onChange={([profession]) => set({ profession })} />
            {scheme.positiveAction?.basis === 'S158_TARGETED' && (
              <Choices name="confirmsTargetedGroup" label="Do you belong to the group this scheme is for?"
                hint={scheme.positiveAction.justification} error={errorOf('confirmsTargetedGroup')}
                value={draft.confirmsTargetedGroup === undefined ? [] : [String(draft.confirmsTargetedGroup)]}
                options={[{ value: 'true', text: 'Yes' }, { value: 'false', text: 'No' }]}
                onChange={([answer]) => set({ confirmsTargetedGroup: answer === 'true' })} />
            )}
          </>
        )}
        {step === 'questions' && (intake.questions ?? []).map((question) => {
          const name = `answers.${question.id}`;
          const answer = draft.answers?.[question.id!];
          const answer_ = (value: string | string[]) => set({ answers: { ...draft.answers, [question.id!]: value } });
          const label = question.required ? question.text! : `${question.text} (optional)`;
          return question.type === 'FREE_TEXT'
            ? <Textarea key={name} name={name} label={label} error={errorOf(name)} value={String(answer ?? '')}
                hint={question.wordLimit ? `Up to ${question.wordLimit} words. You have written ${words(String(answer ?? ''))}.` : undefined}
                onInput={answer_} />
            : <Choices key={name} name={name} label={label} error={errorOf(name)} multiple={question.type === 'MULTIPLE_CHOICE'}
                value={Array.isArray(answer) ? answer : answer ? [answer] : []}
                options={(question.options ?? []).map((o) => ({ value: o, text: o }))}
                onChange={(chosen) => answer_(question.type === 'MULTIPLE_CHOICE' ? chosen : chosen[0])} />;
        })}
        {step === 'sponsor' && (
          <>
            <p class="nhsuk-body">
              {intake.sponsorRequired
                ? 'Name a sponsor, such as your line manager or a director. We will ask them to endorse your application.'
                : 'You can name a sponsor, such as your line manager or a director, who supports your application. This is optional.'}
            </p>
            <TextInput name="sponsor.name" label="Your sponsor's full name" value={draft.sponsor?.name ?? ''}
              error={errorOf('sponsor.name')} onInput={(name) => set({ sponsor: { ...draft.sponsor, name } })} />
            <TextInput name="sponsor.email" label="Your sponsor's NHS email address" type="email"
              value={draft.sponsor?.email ?? ''} error={errorOf('sponsor.email')}
              onInput={(email) => set({ sponsor: { ...draft.sponsor, email } })} />
          </>
        )}
        <div class="nhsuk-button-group">
          <button type="submit" class="nhsuk-button" disabled={saving}>Save and continue</button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={saving}
            onClick={() => save('/applicant?saved=1', false)}>Save and come back later</button>
        </div>
        <p class="nhsuk-body" role="status">{saving ? 'Saving…' : ''}</p>
      </form>
    </Page>
  );
}

function words(text: string): string {
  const count = text.trim() ? text.trim().split(/\s+/).length : 0;
  return count === 1 ? '1 word' : `${count} words`;
}

/** The answers this page still needs: the API checks everything again when the application is submitted. */
function missingAnswers(step: StepSlug, draft: DraftContent, { intake, scheme }: Application): FieldError[] {
  const need = (field: string, value: unknown, message: string) => (value === undefined || value === '' || (Array.isArray(value) && !value.length)
    ? [{ field, message }] : []);
  switch (step) {
    case 'about-you':
      return [...need('givenName', draft.givenName, 'Enter your first name'),
        ...need('familyName', draft.familyName, 'Enter your last name'),
        ...need('applicantEmail', draft.applicantEmail, 'Enter your email address')];
    case 'your-role':
      return [...need('currentRole', draft.currentRole, 'Enter your job title'),
        ...need('band', draft.band, 'Select your band'),
        ...need('regionCode', draft.regionCode, 'Select the region you work in'),
        ...need('organisationCode', draft.organisationCode, "Enter your organisation's ODS code"),
        ...need('organisationType', draft.organisationType, 'Select your type of organisation'),
        ...need('profession', draft.profession, 'Select your profession'),
        ...(scheme.positiveAction?.basis === 'S158_TARGETED'
          ? need('confirmsTargetedGroup', draft.confirmsTargetedGroup, 'Say whether you belong to the group this scheme is for') : [])];
    case 'questions':
      return (intake.questions ?? []).filter((q) => q.required)
        .flatMap((q) => need(`answers.${q.id}`, draft.answers?.[q.id!], `Answer "${q.text}"`));
    case 'sponsor':
      return intake.sponsorRequired
        ? [...need('sponsor.name', draft.sponsor?.name, "Enter your sponsor's name"),
          ...need('sponsor.email', draft.sponsor?.email, "Enter your sponsor's email address")]
        : [];
  }
}
