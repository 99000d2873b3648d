import { ok, reporting } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Bar } from '../../components/Bar';
import { Scrollable } from '../../components/Scrollable';
import { Loaded } from '../../components/Status';
import { categoryLabel, shown, stageLabel } from './dashboardLabels';

/**
 * Each stage by one characteristic: a table of counts with, for each category, a bar of its share of the stage, so
 * a change from one stage to the next shows. Hidden figures (*) draw no bar.
 */
export function DiversityChart({ intakeId, by }: { intakeId: string; by: string }) {
  const breakdown = useApi(() => ok(reporting.GET('/api/reporting/intakes/{intakeId}/breakdown',
    { params: { path: { intakeId }, query: { by } } })), [intakeId, by]);
  return (
    <Loaded state={breakdown}>{(b) => {
      const categories = b.categories ?? [];
      return (
        <>
          <Scrollable label="Diversity by stage">
            <table class="nhsuk-table app-chart">
              <caption class="nhsuk-table__caption nhsuk-table__caption--s">Share of each stage by category{b.region ? `, region ${b.region}` : ', national'}</caption>
              <thead class="nhsuk-table__head"><tr>
                <th scope="col">Category</th>
                {(b.stages ?? []).map((stage) => <th scope="col" key={stage.stage}>{stageLabel(stage.stage)}</th>)}
              </tr></thead>
              <tbody class="nhsuk-table__body">
                {categories.map((category, index) => (
                  <tr class="nhsuk-table__row" key={category}>
                    <th scope="row" class="nhsuk-table__header">{categoryLabel(category)}</th>
                    {(b.stages ?? []).map((stage) => {
                      const figure = stage.counts?.[index];
                      const total = stage.total?.value ?? 0;
                      const share = figure?.value && total ? Math.round((100 * figure.value) / total) : undefined;
                      return (
                        <td class="nhsuk-table__cell" key={stage.stage}>
                          {shown(figure)}{share !== undefined && <span class="nhsuk-body-s"> ({share}%)</span>}
                          <Bar value={figure?.value} max={total} colour="#41b6e6" />
                        </td>
                      );
                    })}
                  </tr>
                ))}
                <tr class="nhsuk-table__row">
                  <th scope="row" class="nhsuk-table__header">Total</th>
                  {(b.stages ?? []).map((stage) => <td class="nhsuk-table__cell" key={stage.stage}>{shown(stage.total)}</td>)}
                </tr>
              </tbody>
            </table>
          </Scrollable>
          {b.disclosureControlled && <p class="nhsuk-body-s">* hidden: fewer than 8 people, or a figure from which one could be worked out. Other figures are rounded to the nearest 5.</p>}
        </>
      );
    }}</Loaded>
  );
}
