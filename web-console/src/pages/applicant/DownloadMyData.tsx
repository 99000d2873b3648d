import { useState } from 'preact/hooks';
import { ok, recruitment } from '../../api/client';
import { plainMessage, type ApiProblem } from '../../api/problem';

/** Subject access: everything Ascend's recruitment holds about the person, as a file they keep. */
export function DownloadMyData() {
  const [state, setState] = useState<'idle' | 'working' | 'done' | ApiProblem>('idle');
  const download = async () => {
    setState('working');
    try {
      const data = await ok(recruitment.GET('/api/recruitment/me/data'));
      const file = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: file, download: 'my-ascend-data.json' });
      link.click();
      URL.revokeObjectURL(file);
      setState('done');
    } catch (problem) {
      setState(problem as ApiProblem);
    }
  };
  return (
    <>
      <p class="nhsuk-body">Download everything Ascend holds about your applications, as a file.</p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={state === 'working'} onClick={download}>
        Download your data
      </button>
      <p class="nhsuk-body" role="status">
        {state === 'working' ? 'Preparing your file…' : state === 'done' ? 'Your file has been downloaded.' : ''}
      </p>
      {typeof state === 'object' && <p class="nhsuk-error-message">{plainMessage(state)}</p>}
    </>
  );
}
