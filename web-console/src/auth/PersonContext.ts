import { createContext } from 'preact';
import type { Person } from './session';

/**
 * Who is signed in, for any page that needs it. A context, not a prop: the router keeps a page's element for as long
 * as its address does, so a prop would still say "signed out" on the page shown when sign-in completed.
 */
export const PersonContext = createContext<Person | null>(null);
