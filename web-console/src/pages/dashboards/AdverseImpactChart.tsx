import { Fragment } from 'preact';
import { ok, reporting } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/reporting';
import { Bar } from '../../components/Bar';
import { Scrollable } from '../../components/Scrollable';
import { Loaded, Tag } from '../../components/Status';
import { categoryLabel, stageLabel } from './dashboardLabels';

type Group = components['schemas']['GroupImpact'];

/**
 * Adverse impact at each selection step: each group's selection rate as a bar, its ratio to the highest-rate group
 * with the four-fifths flag, Fisher's exact p, and the WRES White-vs-BME likelihood.
 */
export function AdverseImpactChart({ intakeId, by }: { intakeId: string; by: string }) {
  const impact = useApi(() => ok(reporting.GET('/api/reporting/intakes/{intakeId}/adverse-impact',
    { params: { path: { intakeId }, query: { by } } })), [intakeId, by]);
  return (
    <Loaded state={impact}>{(report) => (
      <>
        {(report.steps ?? []).map((step) => (
          <Fragment key={`${step.from}-${step.to}`}>
            <Scrollable label={`Adverse impact from ${stageLabel(step.from)} to ${stageLabel(step.to)}`}>
              <table class="nhsuk-table app-chart">
                <caption class="nhsuk-table__caption nhsuk-table__caption--s">{stageLabel(step.from)} to {stageLabel(step.to)}</caption>
                <thead class="nhsuk-table__head"><tr>
                  <th scope="col">Group</th><th scope="col">Selected</th><th scope="col">Rate</th><th scope="col">Ratio to highest</th><th scope="col">Fisher p</th>
                </tr></thead>
                <tbody class="nhsuk-table__body">
                  {(step.groups ?? []).map((group) => <GroupRow key={group.group} group={group} />)}
                </tbody>
              </table>
            </Scrollable>
            {step.whiteVersusBme && <p class="nhsuk-body">{likelihood(step.whiteVersusBme)}</p>}
          </Fragment>
        ))}
        {report.disclosureControlled && <p class="nhsuk-body-s">Figures rest on disclosure-controlled counts; those on hidden counts are not shown.</p>}
      </>
    )}</Loaded>
  );
}

/** WRES indicator 2 in words. */
function likelihood(white: Group): string {
  if (white.ratio === null || white.ratio === undefined) {
    return `How likely White applicants were to be selected compared with BME applicants could not be measured${white.note ? `: ${white.note}` : ''}.`;
  }
  return `White applicants were ${white.ratio.toFixed(2)} times as likely to be selected as BME applicants (1.00 is parity).`;
}

function GroupRow({ group }: { group: Group }) {
  const compared = group.state === 'COMPARED' || group.state === 'REFERENCE';
  return (
    <tr class="nhsuk-table__row">
      <th scope="row" class="nhsuk-table__header">{categoryLabel(group.group ?? '')}</th>
      <td class="nhsuk-table__cell">{compared ? `${group.selected} of ${group.considered}` : ''}</td>
      <td class="nhsuk-table__cell">{compared && group.rate !== undefined ? `${Math.round(100 * group.rate!)}%` : ''}
        {compared && <Bar value={group.rate} max={1} colour={group.belowFourFifths ? '#d5281b' : '#005eb8'} />}</td>
      <td class="nhsuk-table__cell">
        {group.state === 'REFERENCE' && <Tag text="Highest rate" colour="blue" />}
        {group.state === 'COMPARED' && <>{group.ratio?.toFixed(2)}
          {group.ratioInterval && <span class="nhsuk-body-s"> ({group.ratioInterval.lower?.toFixed(2)} to {group.ratioInterval.upper?.toFixed(2)})</span>}
          {group.belowFourFifths && <> <Tag text="Below four-fifths" colour="red" /></>}</>}
        {group.state === 'INSUFFICIENT_DATA' && <Tag text="Not enough data" colour="grey" />}
        {group.state === 'SUPPRESSED' && <Tag text="Hidden" colour="grey" />}
      </td>
      <td class="nhsuk-table__cell">{group.state === 'COMPARED' && group.fisherP !== undefined && group.fisherP !== null ? group.fisherP.toFixed(3) : ''}</td>
    </tr>
  );
}
