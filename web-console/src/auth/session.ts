import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { consoleConfig } from '../config';

/**
 * Sign-in: authorization code + PKCE with the identity provider, as client ascend-web. The tokens live in memory
 * only, never in browser storage: a reload signs in again, silently while the identity provider's session lasts.
 * Only the sign-in's state (the PKCE verifier and where to come back to) crosses the redirect, in session storage,
 * and it is removed on return.
 */
let manager: Promise<UserManager> | undefined;

function userManager(): Promise<UserManager> {
  manager ??= consoleConfig().then((config) => new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${location.origin}/callback`,
    post_logout_redirect_uri: `${location.origin}/signed-out`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  }));
  return manager;
}

/** Who is signed in, read from the access token's claims (the same ones the API checks). */
export interface Person {
  subject: string;
  name: string;
  roles: string[];
  accessToken: string;
}

export async function signedIn(): Promise<Person | null> {
  const user = await (await userManager()).getUser();
  return user && !user.expired ? person(user) : null;
}

export async function signIn(returnTo: string = location.pathname + location.search): Promise<void> {
  await (await userManager()).signinRedirect({ state: { returnTo } });
}

/** Completes a sign-in on /callback and says where to go next. */
export async function completeSignIn(): Promise<string> {
  const user = await (await userManager()).signinRedirectCallback();
  const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
  return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}

export async function signOut(): Promise<void> {
  const users = await userManager();
  const user = await users.getUser();
  await users.removeUser();
  await users.signoutRedirect({ id_token_hint: user?.id_token });
}

/** The signed-in person's access token, or a fresh sign-in when it has run out. */
export async function accessToken(): Promise<string> {
  const person = await signedIn();
  if (person) return person.accessToken;
  await signIn();
  return new Promise(() => {}); // the page is leaving for the identity provider
}

function person(user: User): Person {
  const claims = tokenClaims(user.access_token);
  return {
    subject: String(claims.sub ?? user.profile.sub),
    name: String(user.profile.name ?? claims.sub),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    accessToken: user.access_token,
  };
}

/** A JWT's claims. Not verified here: the gateway and services verify the token on every call. */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
  return JSON.parse(decodeURIComponent(Array.from(json, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
}
