import { useState } from 'preact/hooks';
import { cohort, ok } from '../../api/client';
import { useAction } from '../../api/useAction';
import { DateInput, NO_DATE, isoDate } from '../../components/DateInput';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, Select, TextInput, Textarea } from '../../components/Fields';
import { BANDS, ORGANISATION_TYPES, REGIONS, bandName, options } from '../../labels';
import { ROLE_FAMILIES } from '../programmeLabels';

/** A career check-in answered: the role kept, or the move made, and any reflections (kept by the programme only). */
export function CheckinAnswerForm({ checkinId, onAnswered }: { checkinId: string; onAnswered: () => void }) {
  const [moved, setMoved] = useState('');
  const [role, setRole] = useState({
    roleTitle: '', organisationCode: '', organisationType: '', regionCode: '', roleFamily: '', band: '', startsOn: NO_DATE, level: [] as string[],
  });
  const [reflections, setReflections] = useState('');
  const { problem, busy, run } = useAction();
  const set = (change: Partial<typeof role>) => setRole({ ...role, ...change });
  const error = (field: string) => fieldError(problem, field) ?? fieldError(problem, `move.${field}`);
  const answer = async (e: Event) => {
    e.preventDefault();
    if (await run(() => ok(cohort.POST('/api/cohorts/career-checkins/{id}/answer', { params: { path: { id: checkinId } }, body: {
      moved: moved === 'yes', reflections: reflections.trim() || undefined,
      move: moved === 'yes' ? {
        roleTitle: role.roleTitle.trim(), organisationCode: role.organisationCode.trim().toUpperCase(),
        organisationType: (role.organisationType || undefined) as never, regionCode: role.regionCode || undefined,
        roleFamily: (role.roleFamily || undefined) as never, band: role.band, startsOn: isoDate(role.startsOn) ?? '',
        boardLevel: role.level.includes('board'), interim: role.level.includes('interim'),
      } : undefined,
    } })))) onAnswered();
  };
  return (
    <form noValidate onSubmit={answer}>
      <ProblemSummary problem={problem} />
      <Choices name="moved" label="Have you changed role since you last told us?" error={error('moved')}
        options={[{ value: 'no', text: 'No, I am in the same role' }, { value: 'yes', text: 'Yes, I have moved to a new role' }]}
        value={moved ? [moved] : []} onChange={([value]) => setMoved(value)} />
      {moved === 'yes' && (
        <>
          <TextInput name="roleTitle" label="Your new job title" error={error('roleTitle')} value={role.roleTitle} onInput={(roleTitle) => set({ roleTitle })} />
          <Select name="roleFamily" label="What kind of role is it?" placeholder="Choose one" error={error('roleFamily')}
            options={options(ROLE_FAMILIES)} value={role.roleFamily} onChange={(roleFamily) => set({ roleFamily })} />
          <Select name="band" label="Band" placeholder="Choose a band" error={error('band')}
            options={BANDS.map((band) => ({ value: band, text: bandName(band) }))} value={role.band} onChange={(band) => set({ band })} />
          <TextInput name="organisationCode" label="Your new organisation's ODS code" hint="For example RR8" width={10}
            error={error('organisationCode')} value={role.organisationCode} onInput={(organisationCode) => set({ organisationCode })} />
          <Select name="organisationType" label="Type of organisation" placeholder="Choose one" error={error('organisationType')}
            options={options(ORGANISATION_TYPES)} value={role.organisationType} onChange={(organisationType) => set({ organisationType })} />
          <Select name="regionCode" label="NHS England region" placeholder="Choose a region" error={error('regionCode')}
            options={options(REGIONS)} value={role.regionCode} onChange={(regionCode) => set({ regionCode })} />
          <DateInput name="startsOn" label="When did you start?" hint="For example 1 4 2028" error={error('startsOn')}
            value={role.startsOn} onChange={(startsOn) => set({ startsOn })} />
          <Choices name="level" label="Is the role (select all that apply)" multiple small value={role.level}
            options={[{ value: 'board', text: 'A board-level or director role' }, { value: 'interim', text: 'An interim post' }]}
            onChange={(level) => set({ level })} />
        </>
      )}
      <Textarea name="reflections" label="Anything you want to tell the programme team? (optional)" rows={3}
        hint="The programme team reads this; it is never published." error={error('reflections')} value={reflections} onInput={setReflections} />
      <button type="submit" class="nhsuk-button" disabled={busy}>Send your answer</button>
    </form>
  );
}
