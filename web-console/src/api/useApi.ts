import { useEffect, useState } from 'preact/hooks';
import type { LoadState } from '../components/Status';
import { ApiProblem } from './problem';

/** Loads a page's data when the page opens (and again when its inputs change). */
export function useApi<T>(load: () => Promise<T>, inputs: unknown[] = []): LoadState<T> & { reload: () => void } {
  const [state, setState] = useState<LoadState<T>>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState({});
    load().then((data) => current && setState({ data }),
      (problem) => current && setState({ problem: problem instanceof ApiProblem ? problem : ApiProblem.unreachable() }));
    return () => { current = false; };
  }, [...inputs, round]);
  return { ...state, reload: () => setRound(round + 1) };
}
