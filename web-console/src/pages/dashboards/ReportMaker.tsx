import { useContext, useEffect, useState } from 'preact/hooks';
import { ok, reporting } from '../../api/client';
import { download } from '../../api/download';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';
import { useApi } from '../../api/useApi';
import type { components } from '../../api/generated/reporting';
import { PersonContext } from '../../auth/PersonContext';
import { ErrorSummary, ProblemSummary, fieldError } from '../../components/ErrorSummary';
import { Choices } from '../../components/Fields';
import { Scrollable } from '../../components/Scrollable';
import { Loaded } from '../../components/Status';
import { REGIONS, date, options } from '../../labels';

type Report = components['schemas']['Report'];
type Audience = Report['audience'] & {};
type Kind = Report['kind'] & {};

/** What a kind of report is about: the request's field that names it, and what the page calls it. */
const KINDS: Record<Kind, { field: 'intakeId' | 'schemeId' | 'financialYear'; name: string }> = {
  INTAKE: { field: 'intakeId', name: 'intake report' },
  STOCKTAKE: { field: 'schemeId', name: 'stocktake' },
  END_OF_YEAR: { field: 'financialYear', name: 'end-of-year report' },
};

const AUDIENCES: { value: Audience; text: string; roles: string[] }[] = [
  { value: 'PUBLIC', text: 'Public: national, every count disclosure-controlled', roles: ['programme-manager', 'platform-admin', 'analyst', 'regional-lead'] },
  { value: 'REGIONAL', text: 'Regional: one region, disclosure-controlled', roles: ['programme-manager', 'platform-admin', 'analyst', 'regional-lead'] },
  { value: 'PROGRAMME_BOARD', text: 'Programme board: national figures as they are', roles: ['programme-manager', 'platform-admin'] },
];

/**
 * Reports of one kind about one subject (an intake, a scheme, a financial year): generate one for an audience the
 * person's role allows, watch it being made, download it and the earlier ones.
 */
export function ReportMaker({ kind, subject }: { kind: Kind; subject: string }) {
  const person = useContext(PersonContext)!;
  const reports = useApi(() => ok(reporting.GET('/api/reporting/reports', { params: { query: { kind, subject } } })), [kind, subject]);
  const audiences = AUDIENCES.filter((audience) => audience.roles.some((role) => person.roles.includes(role)));
  const regionalLead = person.roles.includes('regional-lead') && !person.roles.includes('analyst');
  const [audience, setAudience] = useState<Audience>('PUBLIC');
  const [region, setRegion] = useState('');
  const [started, setStarted] = useState<Report>();
  const generating = useAction();
  const generate = async (e: Event) => {
    e.preventDefault();
    await generating.run(async () => setStarted(await ok(reporting.POST('/api/reporting/reports', { body: {
      kind, [KINDS[kind].field]: subject, audience, region: audience === 'REGIONAL' && !regionalLead ? region : undefined,
    } }))));
  };
  return (
    <>
      <form noValidate onSubmit={generate}>
        <ProblemSummary problem={generating.problem} />
        <Choices name="audience" label="Who is the report for?" options={audiences} value={[audience]}
          onChange={([value]) => setAudience(value as Audience)} />
        {audience === 'REGIONAL' && !regionalLead && (
          <Choices name="region" label="Region" options={options(REGIONS)} value={region ? [region] : []} small
            error={fieldError(generating.problem, 'region')}
            onChange={([value]) => setRegion(value)} />
        )}
        <button type="submit" class="nhsuk-button" disabled={generating.busy || started?.state === 'RUNNING' || started?.state === 'QUEUED'}>
          Generate the {KINDS[kind].name}</button>
      </form>
      {started && <ReportProgress key={started.id} report={started} onDone={(done) => { setStarted(done); reports.reload(); }} />}
      <Loaded state={reports}>{(list) => list.length > 0 && (
        <Scrollable label={`Earlier ${KINDS[kind].name}s`}>
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">Earlier {KINDS[kind].name}s</caption>
            <thead class="nhsuk-table__head"><tr><th scope="col">Report</th><th scope="col">Made</th><th scope="col">Download</th></tr></thead>
            <tbody class="nhsuk-table__body">
              {list.filter((report) => report.state === 'DONE').map((report) => (
                <tr class="nhsuk-table__row" key={report.id}>
                  <td class="nhsuk-table__cell">{report.title} ({AUDIENCES.find((a) => a.value === report.audience)?.text.split(':')[0]}{report.region ? `, ${REGIONS[report.region] ?? report.region}` : ''})</td>
                  <td class="nhsuk-table__cell">{date(report.finishedAt)}</td>
                  <td class="nhsuk-table__cell"><Downloads report={report} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scrollable>
      )}</Loaded>
    </>
  );
}

/** A report being made: its progress, read every second until it is done or has failed. */
function ReportProgress({ report, onDone }: { report: Report; onDone: (done: Report) => void }) {
  const [current, setCurrent] = useState(report);
  useEffect(() => {
    if (current.state === 'DONE' || current.state === 'FAILED') {
      onDone(current); // the form may start another
      return undefined;
    }
    const timer = setTimeout(() => ok(reporting.GET('/api/reporting/reports/{reportId}', { params: { path: { reportId: report.id! } } }))
      .then(setCurrent, () => setCurrent({ ...current })), 1000);
    return () => clearTimeout(timer);
  }, [current]);
  if (current.state === 'FAILED') {
    return <ErrorSummary errors={[]} message={`The report could not be made. ${current.reason ?? ''}`} />;
  }
  if (current.state === 'DONE') {
    return (
      <div class="nhsuk-inset-text" role="status">
        <span class="nhsuk-u-visually-hidden">Information: </span>
        <p>Your report is ready: {current.title}.</p>
        <Downloads report={current} />
      </div>
    );
  }
  return (
    <div role="status">
      <label class="nhsuk-label" for="report-progress">Making the report: {current.step ?? 'waiting to start'} ({current.percent ?? 0}%)</label>
      <progress class="app-progress" id="report-progress" max={100} value={current.percent ?? 0}>{current.percent ?? 0}%</progress>
    </div>
  );
}

function Downloads({ report }: { report: Report }) {
  const { problem, busy, run } = useAction();
  const get = (path: string | undefined, name: string) => path && run(() => download(path, name));
  const base = `${KINDS[report.kind ?? 'INTAKE'].name.replace(/ /g, '-')}-${report.id!.slice(0, 8)}`;
  return (
    <>
      {problem && <p class="nhsuk-error-message">{plainMessage(problem)}</p>}
      <div class="nhsuk-button-group">
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy}
          onClick={() => get(report.links?.pdf, `${base}.pdf`)}>PDF<span class="nhsuk-u-visually-hidden"> of {report.title}</span></button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy}
          onClick={() => get(report.links?.html, `${base}.html`)}>HTML<span class="nhsuk-u-visually-hidden"> of {report.title}</span></button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy}
          onClick={() => get(report.links?.tables, `${base}-tables.json`)}>Tables<span class="nhsuk-u-visually-hidden"> of {report.title}</span></button>
      </div>
    </>
  );
}
