import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Choices } from '../../components/Fields';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { financialYear } from './financialYear';
import { ReportMaker } from './ReportMaker';

/** A scheme's stocktake: every intake and cohort of the scheme so far, for its board or the public. */
export function SchemeStocktake({ schemeId }: { schemeId: string }) {
  const scheme = useApi(() => ok(recruitment.GET('/api/recruitment/schemes/{id}', { params: { path: { id: schemeId } } })), [schemeId]);
  return (
    <Loaded state={scheme}>{({ name }) => (
      <Page title="Stocktake" caption={name} back={{ href: '/dashboards', text: 'Dashboards' }}>
        <p class="nhsuk-body">The stocktake brings together every intake and cohort of the scheme so far: the funnel,
          diversity at each stage, adverse impact, how cohorts ended and where alumni went next.</p>
        <ReportMaker kind="STOCKTAKE" subject={schemeId} />
      </Page>
    )}</Loaded>
  );
}

/** The end-of-year report of a financial year: every scheme's activity, national and by region. */
export function EndOfYearReports() {
  const now = new Date();
  const years = [0, 1, 2, 3].map((back) => financialYear(new Date(Date.UTC(now.getUTCFullYear() - back, now.getUTCMonth(), 1))));
  const [year, setYear] = useState(years[0]);
  return (
    <Page title="End-of-year reports" back={{ href: '/dashboards', text: 'Dashboards' }}>
      <p class="nhsuk-body">A financial year's report across every scheme: applications, cohorts, completions, careers and
        the regional networks' activity.</p>
      <Choices name="financialYear" label="Financial year" options={years.map((value) => ({ value, text: value }))} small
        value={[year]} onChange={([value]) => setYear(value)} />
      <ReportMaker key={year} kind="END_OF_YEAR" subject={year} />
    </Page>
  );
}
