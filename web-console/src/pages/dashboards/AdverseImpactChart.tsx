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
          <Scrollable key={`${step.from}-${step.to}`} label={`Adverse impact from ${stageLabel(step.from)} to ${stageLabel(step.to)}`}>
            <table class="nhsuk-table app-chart">
              <caption class="nhsuk-table__caption nhsuk-table__caption--s">{stageLabel(step.from)} to {stageLabel(step.to)}</caption>
              <thead class="nhsuk-table__head"><tr>
                <th scope="col">Group</th><th scope="col">Selected</th><th scope="col">Rate</th><th scope="col">Ratio to highest</th><th scope="col">Fisher p</th>
              </tr></thead>
              <tbody class="nhsuk-table__body">
                {(step.groups ?? []).map((group) => <GroupRow key={group.group} group={group} />)}
              </tbody>
            </table>
            {step.whiteVersusBme && (
              <p class="nhsuk-body">White applicants were {step.whiteVersusBme.ratio?.toFixed(2) ?? 'not measurably'}
                {step.whiteVersusBme.ratio !== null && step.whiteVersusBme.ratio !== undefined ? ' times' : ''} as likely to be selected as BME applicants
                {' '}(1.00 is parity){step.whiteVersusBme.note ? `: ${step.whiteVersusBme.note}` : ''}.</p>
            )}
          </Scrollable>
        ))}
        {report.disclosureControlled && <p class="nhsuk-body-s">Figures rest on disclosure-controlled counts; those on hidden counts are not shown.</p>}
      </>
    )}</Loaded>
  );
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
