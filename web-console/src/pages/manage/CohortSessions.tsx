import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/cohort';
import { DateInput, NO_DATE, isoDate } from '../../components/DateInput';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, Select, TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { options } from '../../labels';
import { ATTENDANCE, SESSION_KINDS, dateTime } from '../programmeLabels';
import { useCohort } from '../useIntakes';
import { CohortNav } from './CohortNav';
import { participantName } from './CohortParticipants';

type SessionView = components['schemas']['SessionView'];
type Participant = components['schemas']['Participant'];
type Kind = components['schemas']['NewSession']['kind'];
type Status = components['schemas']['AttendanceRecord']['status'];

/** A cohort's programme: its sessions in time order, a new one added, and who attended each once it has started. */
export function CohortSessions({ cohortId }: { cohortId: string }) {
  const loaded = useCohort(cohortId);
  const state = useApi(async () => {
    const [sessions, participants] = await Promise.all([
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/sessions', { params: { path: { cohortId } } })),
      ok(cohort.GET('/api/cohorts/cohorts/{cohortId}/participants', { params: { path: { cohortId } } }))]);
    return { sessions, participants: participants.filter((p) => p.status === 'ACTIVE' || p.status === 'COMPLETED') };
  }, [cohortId]);
  return (
    <Loaded state={loaded}>{({ cohort: theCohort, scheme }) => (
      <Page title="Sessions and attendance" caption={`${scheme.name}: ${theCohort.name}`} back={{ href: `/manage/intakes/${theCohort.intakeId}/cohorts`, text: 'Cohorts and offers' }}>
        <CohortNav cohortId={cohortId} current="/sessions" />
        <Loaded state={state}>{({ sessions, participants }) => (
          <>
            {sessions.length === 0 && <p class="nhsuk-body">No sessions yet. Add the programme's modules, action learning sets and masterclasses below.</p>}
            {sessions.map((view) => <SessionItem key={view.session!.id} view={view} participants={participants} />)}
            <h2>Add a session</h2>
            <NewSessionForm cohortId={cohortId} onAdded={state.reload} />
          </>
        )}</Loaded>
      </Page>
    )}</Loaded>
  );
}

function SessionItem({ view, participants }: { view: SessionView; participants: Participant[] }) {
  const session = view.session!;
  const started = new Date(session.startsAt!).getTime() <= Date.now();
  const [attendance, setAttendance] = useState<Record<string, string>>(view.attendance ?? {});
  const [recorded, setRecorded] = useState<Record<string, string>>(view.attendance ?? {});
  const [saved, setSaved] = useState(false);
  const { problem, busy, run } = useAction();
  const attended = Object.values(recorded).filter((status) => status === 'ATTENDED').length;
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(await run(async () => {
      const result = await ok(cohort.PUT('/api/cohorts/sessions/{id}/attendance', { params: { path: { id: session.id! } }, body: {
        records: Object.entries(attendance).map(([participantId, status]) => ({ participantId, status: status as Status })),
      } }));
      setAttendance(result.attendance ?? {});
      setRecorded(result.attendance ?? {});
    }));
  };
  return (
    <section>
      <h2 class="nhsuk-heading-m">{session.title}</h2>
      <p class="nhsuk-body-s">{SESSION_KINDS[session.kind ?? ''] ?? session.kind}, {dateTime(session.startsAt)}, {session.durationMinutes} minutes,
        {' '}{session.onlineLink ? 'online' : session.place}; led by {session.facilitator}</p>
      {!started && <p class="nhsuk-body-s">Attendance can be recorded once the session has started.</p>}
      {started && participants.length > 0 && (
        <details class="nhsuk-details" open={Object.keys(view.attendance ?? {}).length === 0}>
          <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">
            Attendance at {session.title} ({Object.keys(recorded).length ? `${attended} of ${Object.keys(recorded).length} attended` : 'not recorded yet'})
          </span></summary>
          <div class="nhsuk-details__text">
            <form noValidate onSubmit={save}>
              <ProblemSummary problem={problem} />
              {participants.map((participant) => (
                <Choices key={participant.id} name={`attendance-${session.id}-${participant.id}`} label={participantName(participant)} small
                  options={options(ATTENDANCE)} value={attendance[participant.id!] ? [attendance[participant.id!]] : []}
                  onChange={([status]) => { setSaved(false); setAttendance({ ...attendance, [participant.id!]: status }); }} />
              ))}
              <button type="submit" class="nhsuk-button nhsuk-button--secondary" disabled={busy}>
                Save attendance<span class="nhsuk-u-visually-hidden"> at {session.title}</span></button>
              {saved && <p class="nhsuk-body" role="status">Attendance at {session.title} saved.</p>}
            </form>
          </div>
        </details>
      )}
    </section>
  );
}

function NewSessionForm({ cohortId, onAdded }: { cohortId: string; onAdded: () => void }) {
  const empty = { kind: '', title: '', day: NO_DATE, time: '', durationMinutes: '', place: '', onlineLink: '', facilitator: '' };
  const [form, setForm] = useState(empty);
  const { problem, busy, run } = useAction();
  const set = (change: Partial<typeof empty>) => setForm({ ...form, ...change });
  const add = async (e: Event) => {
    e.preventDefault();
    const day = isoDate(form.day);
    // The time is read as the browser's own (the programme team's, in the UK), then sent as an instant.
    const startsAt = day && /^\d{1,2}:\d{2}$/.test(form.time.trim()) ? new Date(`${day}T${form.time.trim().padStart(5, '0')}`).toISOString() : '';
    if (await run(() => ok(cohort.POST('/api/cohorts/cohorts/{cohortId}/sessions', { params: { path: { cohortId } }, body: {
      kind: (form.kind || undefined) as Kind, title: form.title.trim(), startsAt, durationMinutes: Number(form.durationMinutes) || 0,
      place: form.place.trim() || undefined, onlineLink: form.onlineLink.trim() || undefined, facilitator: form.facilitator.trim(),
    } })))) {
      setForm(empty);
      onAdded();
    }
  };
  return (
    <form noValidate onSubmit={add}>
      <ProblemSummary problem={problem} />
      <Select name="kind" label="Kind of session" placeholder="Choose one" options={options(SESSION_KINDS)} error={fieldError(problem, 'kind')}
        value={form.kind} onChange={(kind) => set({ kind })} />
      <TextInput name="title" label="Title" error={fieldError(problem, 'title')} value={form.title} onInput={(title) => set({ title })} />
      <DateInput name="startsOn" label="Date" hint="For example 14 9 2027" error={fieldError(problem, 'startsAt')}
        value={form.day} onChange={(day) => set({ day })} />
      <TextInput name="time" label="Start time" hint="24-hour clock, for example 09:30" width={10} value={form.time} onInput={(time) => set({ time })} />
      <TextInput name="durationMinutes" label="Length in minutes" width={10} error={fieldError(problem, 'durationMinutes')}
        value={form.durationMinutes} onInput={(durationMinutes) => set({ durationMinutes })} />
      <TextInput name="place" label="Where (leave empty for an online session)" error={fieldError(problem, 'place')}
        value={form.place} onInput={(place) => set({ place })} />
      <TextInput name="onlineLink" label="Online link (optional)" hint="Starting https://" error={fieldError(problem, 'onlineLink')}
        value={form.onlineLink} onInput={(onlineLink) => set({ onlineLink })} />
      <TextInput name="facilitator" label="Led by" error={fieldError(problem, 'facilitator')} value={form.facilitator} onInput={(facilitator) => set({ facilitator })} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Add session</button>
    </form>
  );
}
