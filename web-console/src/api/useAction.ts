import { useState } from 'preact/hooks';
import { ApiProblem } from './problem';

/**
 * A change a person asks for (a button or a form): while it runs the button is disabled, so it cannot be sent twice;
 * when the API refuses it, its problem is kept for the page's error summary.
 */
export function useAction() {
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (failure) {
      setProblem(failure instanceof ApiProblem ? failure : ApiProblem.unreachable());
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run };
}
