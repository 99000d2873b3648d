import { useState } from 'preact/hooks';
import { ok, reporting } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { AdverseImpactChart } from './AdverseImpactChart';
import { DiversityChart } from './DiversityChart';
import { FunnelChart } from './FunnelChart';
import { ReportMaker } from './ReportMaker';
import { useIntake } from '../useIntakes';
import { CHARACTERISTICS } from './dashboardLabels';

/**
 * One intake's dashboard: the funnel with its reliability (national: the programme team and analysts), diversity by
 * stage and adverse impact (a regional lead's own region), each figure exactly as the API returns it.
 */
export function IntakeDashboard({ intakeId }: { intakeId: string }) {
  const intake = useIntake(intakeId);
  const funnel = useApi(() => ok(reporting.GET('/api/reporting/intakes/{intakeId}/funnel', { params: { path: { intakeId } } }))
    .catch((problem) => {
      if (problem instanceof ApiProblem && problem.status === 403) return null; // national figures: not this role's
      throw problem;
    }), [intakeId]);
  const [by, setBy] = useState('ethnic-group');
  const [impactBy, setImpactBy] = useState('bme');
  return (
    <Loaded state={intake}>{({ intake: i, scheme }) => (
      <Page title={`${i.name}: dashboard`} caption={scheme.name} back={{ href: '/dashboards', text: 'Dashboards' }}>
        <h2>Funnel</h2>
        <Loaded state={funnel}>{(f) => (f === null
          ? <p class="nhsuk-body">The national funnel is for the programme team and analysts. Your region's figures are below.</p>
          : <FunnelChart funnel={f} sponsorRequired={i.sponsorRequired !== false} />)}</Loaded>
        <h2>Diversity by stage</h2>
        <Characteristic name="by" value={by} onChange={setBy} />
        <DiversityChart intakeId={intakeId} by={by} />
        <h2>Adverse impact</h2>
        <Characteristic name="impactBy" value={impactBy} onChange={setImpactBy} />
        <AdverseImpactChart intakeId={intakeId} by={impactBy} />
        <h2>Reports</h2>
        <ReportMaker kind="INTAKE" subject={intakeId} />
      </Page>
    )}</Loaded>
  );
}

function Characteristic({ name, value, onChange }: { name: string; value: string; onChange: (by: string) => void }) {
  return (
    <div class="nhsuk-form-group">
      <label class="nhsuk-label" for={name}>Characteristic</label>
      <select class="nhsuk-select" id={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {Object.entries(CHARACTERISTICS).map(([code, text]) => <option key={code} value={code}>{text}</option>)}
      </select>
    </div>
  );
}
