import { useEffect, useState } from 'preact/hooks';
import { completeSignIn } from '../auth/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';

/** The identity provider sends people back here after sign-in. */
export function Callback({ onSignedIn }: { onSignedIn: (returnTo: string) => void }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeSignIn().then(onSignedIn, () => setFailed(true));
  }, []);
  return failed
    ? <Page title="Sign-in did not finish"><ErrorSummary errors={[]} message="Your sign-in could not be completed: it may have taken too long. Go to the start page and sign in again." /><a href="/">Start page</a></Page>
    : <p class="nhsuk-body" role="status">Signing you in…</p>;
}

export function SignedOut() {
  return <Page title="You have signed out"><p class="nhsuk-body"><a href="/">Sign in again</a></p></Page>;
}

export function NotFound() {
  return <Page title="Page not found"><p class="nhsuk-body">If you typed the web address, check it is correct.</p><p class="nhsuk-body"><a href="/">Go to the start page</a></p></Page>;
}
