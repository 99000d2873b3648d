import type { components } from '../../api/generated/reporting';
import { Bar } from '../../components/Bar';
import { Scrollable } from '../../components/Scrollable';
import { RELIABILITY_BANDS, stageLabel } from './dashboardLabels';

type Funnel = components['schemas']['Funnel'];

/**
 * How many reached each stage, as bars with their counts, who left and why, and each stage's reliability. An intake
 * that needs no sponsor has no endorsement stage: its count (none) would read as if nobody had been endorsed.
 */
export function FunnelChart({ funnel, sponsorRequired }: { funnel: Funnel; sponsorRequired: boolean }) {
  const stages = (funnel.stages ?? []).filter((stage) => sponsorRequired || stage.stage !== 'endorsed');
  const max = Math.max(1, ...stages.map((stage) => stage.count ?? 0));
  return (
    <>
      <Scrollable label="Funnel">
        <table class="nhsuk-table app-chart">
          <caption class="nhsuk-table__caption nhsuk-table__caption--s">Applications reaching each stage ({funnel.places} places)</caption>
          <thead class="nhsuk-table__head"><tr><th scope="col">Stage</th><th scope="col">Applications</th><th scope="col"><span class="nhsuk-u-visually-hidden">Chart</span></th></tr></thead>
          <tbody class="nhsuk-table__body">
            {stages.map((stage) => (
              <tr class="nhsuk-table__row" key={stage.stage}>
                <th scope="row" class="nhsuk-table__header" title={stage.meaning}>{stageLabel(stage.stage)}</th>
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{stage.count ?? 'Not measured yet'}</td>
                <td class="nhsuk-table__cell"><Bar value={stage.count} max={max} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scrollable>
      {!sponsorRequired && <p class="nhsuk-body-s">This intake needs no sponsor, so there is no endorsement stage.</p>}
      <p class="nhsuk-body">Left: {funnel.left?.withdrawn ?? 0} withdrew, {funnel.left?.ineligible ?? 0} were not eligible,
        {' '}{funnel.left?.erased ?? 0} were erased at their request, {funnel.left?.leftProgramme ?? 0} left the programme.</p>
      {(funnel.reliability ?? []).length > 0 && (
        <Scrollable label="Reliability">
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">How reliable the assessment was (weighted score)</caption>
            <thead class="nhsuk-table__head"><tr><th scope="col">Stage</th><th scope="col">Cases</th><th scope="col">Krippendorff's alpha</th><th scope="col">Reliability</th></tr></thead>
            <tbody class="nhsuk-table__body">
              {(funnel.reliability ?? []).map((stage) => (
                <tr class="nhsuk-table__row" key={stage.stage}>
                  <td class="nhsuk-table__cell">{stageLabel(stage.stage?.toLowerCase())}</td>
                  <td class="nhsuk-table__cell">{stage.cases}</td>
                  <td class="nhsuk-table__cell">{stage.weighted?.alphaInterval?.toFixed(2) ?? 'n/a'}
                    {stage.weighted?.alphaIntervalInterval && ` (${stage.weighted.alphaIntervalInterval.lower?.toFixed(2)} to ${stage.weighted.alphaIntervalInterval.upper?.toFixed(2)})`}</td>
                  <td class="nhsuk-table__cell">{RELIABILITY_BANDS[stage.weighted?.alphaBand ?? ''] ?? stage.weighted?.alphaBand}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scrollable>
      )}
    </>
  );
}
