import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken } from '../auth/session';
import { ApiProblem } from './problem';
import type { paths as Recruitment } from './generated/recruitment';
import type { paths as Assessment } from './generated/assessment';
import type { paths as Cohort } from './generated/cohort';
import type { paths as Reporting } from './generated/reporting';

/** Every call carries the signed-in person's token; the gateway and the service check it. */
const signedIn: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Authorization', `Bearer ${await accessToken()}`);
    return request;
  },
};

function client<Paths extends {}>() {
  const api = createClient<Paths>({ baseUrl: location.origin });
  api.use(signedIn);
  return api;
}

/** Typed clients of each service's API through the gateway, from their OpenAPI documents (tools/generate.mjs). */
export const recruitment = client<Recruitment>();
export const assessment = client<Assessment>();
export const cohort = client<Cohort>();
export const reporting = client<Reporting>();

/** The data of a call, or its problem thrown as an {@link ApiProblem}. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch {
    throw ApiProblem.unreachable();
  }
  if (result.error !== undefined || !result.response.ok) throw ApiProblem.from(result.response.status, result.error);
  return result.data as T;
}
