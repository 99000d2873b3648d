import { useSchemesWithIntakes } from '../useIntakes';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { date } from '../../labels';

/** Dashboards: one per intake that has opened, by scheme, and the reports. */
export function DashboardsHome() {
  const all = useSchemesWithIntakes();
  // Dashboards are of intakes that have opened: a draft has no applicants yet.
  const loaded = { ...all, data: all.data?.map(({ scheme, intakes }) => ({ scheme, intakes: intakes.filter((intake) => intake.status !== 'DRAFT') }))
    .filter(({ intakes }) => intakes.length > 0) };
  return (
    <Page title="Dashboards">
      <p class="nhsuk-body">Each intake's funnel, diversity at every stage, adverse impact and how reliable its assessment
        was. Figures below national level are disclosure-controlled: small counts are hidden and the rest rounded.</p>
      <p class="nhsuk-body"><a href="/dashboards/end-of-year">End-of-year reports</a> across every scheme.</p>
      <Loaded state={loaded}>{(schemes) => schemes.map(({ scheme, intakes }) => (
        <section key={scheme.id}>
          <h2>{scheme.name}</h2>
          <p class="nhsuk-body"><a href={`/dashboards/schemes/${scheme.id}/stocktake`}>Stocktake<span class="nhsuk-u-visually-hidden"> of {scheme.name}</span></a></p>
          <ul class="nhsuk-list">
            {intakes.map((intake) => (
              <li key={intake.id}><a href={`/dashboards/intakes/${intake.id}`}>{intake.name}<span class="nhsuk-u-visually-hidden"> of {scheme.name}</span></a>
                {' '}<span class="nhsuk-body-s">(opened {date(intake.opensAt)})</span></li>
            ))}
          </ul>
        </section>
      ))}</Loaded>
    </Page>
  );
}
