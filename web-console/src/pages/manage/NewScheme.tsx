import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ok, recruitment } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices, TextInput, Textarea } from '../../components/Fields';
import { Page } from '../../components/Page';
import { BANDS, PROFESSIONS, REGIONS, bandName, options } from '../../labels';

/** A new scheme: who runs it, whom it is for (eligibility), how big its cohorts are and how long it keeps data. */
export function NewScheme() {
  const { route } = useLocation();
  const [form, setForm] = useState({ name: '', ownerBody: '', description: '', targetCohortSize: '15', retentionMonths: '6',
    regions: [] as string[], minBand: '', professions: [] as string[] });
  const { problem, busy, run } = useAction();
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const create = async (e: Event) => {
    e.preventDefault();
    let created: { id?: string } | undefined;
    if (await run(async () => {
      created = await ok(recruitment.POST('/api/recruitment/schemes', { body: {
        name: form.name.trim(), ownerBody: form.ownerBody.trim(), description: form.description.trim() || undefined,
        targetCohortSize: Number(form.targetCohortSize), retentionMonths: Number(form.retentionMonths),
        regionsCovered: form.regions, eligibility: { minBand: form.minBand || undefined, professions: form.professions as never },
      } }));
    })) route(`/manage/schemes/${created!.id}/intakes/new`);
  };
  const errorOf = (field: string) => fieldError(problem, field);
  return (
    <Page title="Create a scheme" back={{ href: '/manage', text: 'Schemes and intakes' }}>
      <form noValidate onSubmit={create}>
        <ProblemSummary problem={problem} />
        <TextInput name="name" label="Scheme name" error={errorOf('name')} value={form.name} onInput={(name) => set({ name })} />
        <TextInput name="ownerBody" label="Who runs it" hint="For example NHS England, or NHS Employers with the NHS Leadership Academy"
          error={errorOf('ownerBody')} value={form.ownerBody} onInput={(ownerBody) => set({ ownerBody })} />
        <Textarea name="description" label="What it offers (optional)" rows={3} error={errorOf('description')}
          value={form.description} onInput={(description) => set({ description })} />
        <TextInput name="targetCohortSize" label="People in each cohort" width={10} error={errorOf('targetCohortSize')}
          value={form.targetCohortSize} onInput={(targetCohortSize) => set({ targetCohortSize })} />
        <Choices name="regionsCovered" label="Regions it covers" hint="Choose none for a national scheme." multiple small
          error={errorOf('regionsCovered')} options={options(REGIONS)} value={form.regions} onChange={(regions) => set({ regions })} />
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="minBand">Lowest band that may apply</label>
          <select class="nhsuk-select" id="minBand" value={form.minBand} onChange={(e) => set({ minBand: e.currentTarget.value })}>
            <option value="">Any band</option>
            {BANDS.map((band) => <option key={band} value={band}>{bandName(band)}</option>)}
          </select>
        </div>
        <Choices name="eligibility.professions" label="Professions that may apply" hint="Choose none to let any profession apply." multiple small
          options={options(PROFESSIONS)} value={form.professions} onChange={(professions) => set({ professions })} />
        <TextInput name="retentionMonths" label="Months to keep unsuccessful applications after the intake closes" width={10}
          hint="Commonly 6: long enough for a claim to be brought. Then they are anonymised." error={errorOf('retentionMonths')}
          value={form.retentionMonths} onInput={(retentionMonths) => set({ retentionMonths })} />
        <button type="submit" class="nhsuk-button" disabled={busy}>Create scheme</button>
      </form>
    </Page>
  );
}
