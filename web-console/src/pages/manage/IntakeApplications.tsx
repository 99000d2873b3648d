import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { download } from '../../api/download';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import { ProblemSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { APPLICATION_STATUSES, BANDS, REGIONS, bandName, date } from '../../labels';
import { IntakeNav } from './IntakeNav';
import { useIntake } from '../useIntakes';

interface Filters {
  q?: string;
  region?: string;
  band?: string;
  eligible?: string;
  endorsement?: string;
  status?: string;
}

const PAGE_SIZE = 25;

/** An intake's applications: search by name or email, filter, page through, and export what is shown as CSV. */
export function IntakeApplications({ intakeId }: { intakeId: string }) {
  const loaded = useIntake(intakeId);
  const [editing, setEditing] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  const query = () => Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  const applications = useApi(() => ok(recruitment.GET('/api/recruitment/intakes/{intakeId}/applications', {
    params: { path: { intakeId }, query: { ...query(), eligible: filters.eligible ? filters.eligible === 'true' : undefined, page, size: PAGE_SIZE } as never },
  })), [intakeId, JSON.stringify(filters), page]);
  const exporting = useAction();
  const exportCsv = () => exporting.run(() => download(
    `/api/recruitment/intakes/${intakeId}/applications/export?${new URLSearchParams(query())}`, 'applications.csv'));
  const select = (name: keyof Filters, label: string, options: Record<string, string>) => (
    <div class="nhsuk-form-group">
      <label class="nhsuk-label" for={name}>{label}</label>
      <select class="nhsuk-select" id={name} name={name} value={editing[name] ?? ''}
        onChange={(e) => setEditing({ ...editing, [name]: e.currentTarget.value })}>
        <option value="">Any</option>
        {Object.entries(options).map(([value, text]) => <option value={value} key={value}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <Loaded state={loaded}>{({ intake, scheme }) => (
      <Page title="Applications" caption={`${scheme.name}: ${intake.name}`} back={{ href: '/manage', text: 'Schemes and intakes' }}>
        <IntakeNav intakeId={intakeId} current="/applications" />
        <form class="app-filters" role="search" onSubmit={(e) => { e.preventDefault(); setPage(0); setFilters(editing); }}>
          <TextInput name="q" label="Search by name or email" value={editing.q ?? ''} onInput={(q) => setEditing({ ...editing, q })} width={20} />
          {select('region', 'Region', REGIONS)}
          {select('band', 'Band', Object.fromEntries(BANDS.map((band) => [band, bandName(band)])))}
          {select('eligible', 'Eligibility', { true: 'Eligible', false: 'Not eligible' })}
          {select('endorsement', 'Sponsor', { PENDING: 'Waiting for sponsor', ENDORSED: 'Endorsed', DECLINED: 'Not endorsed', NOT_REQUESTED: 'Not needed' })}
          {select('status', 'Status', Object.fromEntries(Object.entries(APPLICATION_STATUSES).map(([value, status]) => [value, status.text])))}
          <div class="nhsuk-button-group">
            <button type="submit" class="nhsuk-button">Search</button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={exporting.busy} onClick={exportCsv}>
              {exporting.busy ? 'Preparing CSV…' : 'Download these as CSV'}</button>
          </div>
        </form>
        <ProblemSummary problem={exporting.problem} />
        <Loaded state={applications}>{(found) => (
          <>
            <p class="nhsuk-body" role="status">{found.total} application{found.total === 1 ? '' : 's'} found.</p>
            <table class="nhsuk-table-responsive">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Applications found</caption>
              <thead class="nhsuk-table__head"><tr>
                <th scope="col">Applicant</th><th scope="col">Region</th><th scope="col">Band</th><th scope="col">Submitted</th>
                <th scope="col">Eligible</th><th scope="col">Status</th>
              </tr></thead>
              <tbody class="nhsuk-table__body">
                {(found.items ?? []).map((a) => (
                  <tr class="nhsuk-table__row" key={a.id}>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Applicant </span>
                      <a href={`/manage/applications/${a.id}`}>{a.profile?.givenName} {a.profile?.familyName}</a></td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Region </span>{REGIONS[a.profile?.regionCode ?? ''] ?? ''}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Band </span>{a.profile?.band ? bandName(a.profile.band) : ''}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Submitted </span>{date(a.submittedAt)}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Eligible </span>
                      {a.eligible === null || a.eligible === undefined ? 'Being checked' : a.eligible || a.eligibilityOverridden ? 'Yes' : 'No'}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Status </span>
                      <Tag {...(APPLICATION_STATUSES[a.status ?? ''] ?? { text: a.status ?? '', colour: 'grey' })} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination page={page} pages={Math.ceil((found.total ?? 0) / PAGE_SIZE)} onPage={setPage} />
          </>
        )}</Loaded>
      </Page>
    )}</Loaded>
  );
}

function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav class="nhsuk-pagination" role="navigation" aria-label="Pages of applications">
      <p class="nhsuk-body-s">Page {page + 1} of {pages}</p>
      <div class="nhsuk-button-group">
        {page > 0 && <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => onPage(page - 1)}>Previous page</button>}
        {page + 1 < pages && <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => onPage(page + 1)}>Next page</button>}
      </div>
    </nav>
  );
}
