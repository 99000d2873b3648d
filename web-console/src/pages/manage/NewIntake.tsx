import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { DateInput, NO_DATE, isoDate, type DateParts } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Choices, TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { QuestionBuilder, type QuestionSpec } from './QuestionBuilder';

/** A new intake of a scheme: its dates, places, sponsor rule and questions. It starts as a draft, opened later. */
export function NewIntake({ schemeId }: { schemeId: string }) {
  const scheme = useApi(() => ok(recruitment.GET('/api/recruitment/schemes/{id}', { params: { path: { id: schemeId } } })), [schemeId]);
  return (
    <Loaded state={scheme}>{(s) => (
      <Page title="Add an intake" caption={s.name} back={{ href: '/manage', text: 'Schemes and intakes' }}>
        <IntakeForm schemeId={schemeId} places={s.targetCohortSize ?? 15} />
      </Page>
    )}</Loaded>
  );
}

function IntakeForm({ schemeId, places: defaultPlaces }: { schemeId: string; places: number }) {
  const { route } = useLocation();
  const [name, setName] = useState('');
  const [places, setPlaces] = useState(String(defaultPlaces));
  const [opens, setOpens] = useState<DateParts>(NO_DATE);
  const [closes, setCloses] = useState<DateParts>(NO_DATE);
  const [sponsor, setSponsor] = useState('no');
  const [endorseBy, setEndorseBy] = useState<DateParts>(NO_DATE);
  const [questions, setQuestions] = useState<QuestionSpec[]>([]);
  const [missing, setMissing] = useState<{ field: string; message: string }[]>([]);
  const { problem, busy, run } = useAction();
  const create = async (e: Event) => {
    e.preventDefault();
    const dates = { opensAt: isoDate(opens), closesAt: isoDate(closes), endorsementDeadline: isoDate(endorseBy) };
    const errors = [
      ...(dates.opensAt ? [] : [{ field: 'opensAt', message: 'Enter the day it opens, for example 1 9 2027' }]),
      ...(dates.closesAt ? [] : [{ field: 'closesAt', message: 'Enter the day it closes, for example 30 9 2027' }]),
      ...(sponsor === 'yes' && !dates.endorsementDeadline ? [{ field: 'endorsementDeadline', message: 'Enter the day sponsors must decide by' }] : []),
    ];
    setMissing(errors);
    if (errors.length) return;
    let created: { id?: string } | undefined;
    if (await run(async () => {
      created = await ok(recruitment.POST('/api/recruitment/schemes/{schemeId}/intakes', { params: { path: { schemeId } }, body: {
        name: name.trim(), places: Number(places), opensAt: `${dates.opensAt}T00:00:00Z`, closesAt: `${dates.closesAt}T23:59:59Z`,
        sponsorRequired: sponsor === 'yes', endorsementDeadline: sponsor === 'yes' ? `${dates.endorsementDeadline}T23:59:59Z` : undefined,
        questions,
      } }));
    })) route(`/manage/intakes/${created!.id}`);
  };
  const errors = [...missing, ...(problem?.fieldErrors ?? [])];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form noValidate onSubmit={create}>
      <ErrorSummary errors={errors} message={problem && plainMessage(problem)} />
      <TextInput name="name" label="Intake name" hint="For example Cohort 5, or 2027 intake" error={errorOf('name')} value={name} onInput={setName} />
      <TextInput name="places" label="Places" width={10} error={errorOf('places')} value={places} onInput={setPlaces} />
      <DateInput name="opensAt" label="Opens for applications on" error={errorOf('opensAt')} value={opens} onChange={setOpens} />
      <DateInput name="closesAt" label="Closes on" hint="Applications are accepted until the end of this day." error={errorOf('closesAt')} value={closes} onChange={setCloses} />
      <Choices name="sponsorRequired" label="Must each applicant name a sponsor who endorses them?" small
        options={[{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }]} value={[sponsor]} onChange={([value]) => setSponsor(value)} />
      {sponsor === 'yes' && <DateInput name="endorsementDeadline" label="Sponsors decide by" error={errorOf('endorsementDeadline')} value={endorseBy} onChange={setEndorseBy} />}
      <QuestionBuilder questions={questions} onChange={setQuestions} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Create intake</button>
    </form>
  );
}
