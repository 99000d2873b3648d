import { accessToken } from '../auth/session';
import { ApiProblem } from './problem';

/**
 * Downloads a file the API makes (a CSV, a report): fetched with the signed-in person's token, since a plain link
 * cannot carry it, then handed to the browser as a file. Nothing is kept once it is saved.
 */
export async function download(path: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${await accessToken()}` } });
  } catch {
    throw ApiProblem.unreachable();
  }
  if (!response.ok) throw ApiProblem.from(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
