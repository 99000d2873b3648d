import { useState } from 'preact/hooks';
import { download } from '../../api/download';
import { plainMessage } from '../../api/problem';
import { useAction } from '../../api/useAction';

/** Subject access: everything Ascend's recruitment holds about the person, as a file they keep. */
export function DownloadMyData() {
  const { problem, busy, run } = useAction();
  const [done, setDone] = useState(false);
  const get = async () => setDone(await run(() => download('/api/recruitment/me/data', 'my-ascend-data.json')));
  return (
    <>
      <p class="nhsuk-body">Download everything Ascend holds about your applications, as a file.</p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={get}>Download your data</button>
      <p class="nhsuk-body" role="status">{busy ? 'Preparing your file…' : done ? 'Your file has been downloaded.' : ''}</p>
      {problem && <p class="nhsuk-error-message">{plainMessage(problem)}</p>}
      <p class="nhsuk-body"><a href="/applicant/erasure">Ask for your data to be erased</a></p>
    </>
  );
}
