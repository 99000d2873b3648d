import { ok, recruitment } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApi } from '../../api/useApi';
import type { DraftContent, Intake, Scheme } from './model';

export interface Application {
  intake: Intake;
  scheme: Scheme;
  draft: DraftContent;
}

/**
 * An intake, its scheme and the applicant's saved draft for it (empty before the first save), read afresh for each
 * page of the form (`page`): the router keeps the form's element from page to page, and a draft read once would
 * show, and save back, what the earlier pages had before they were saved.
 */
export function useDraft(intakeId: string, page?: string) {
  return useApi<Application>(async () => {
    const intake = await ok(recruitment.GET('/api/recruitment/intakes/{id}', { params: { path: { id: intakeId } } }));
    const [scheme, draft] = await Promise.all([
      ok(recruitment.GET('/api/recruitment/schemes/{id}', { params: { path: { id: intake.schemeId! } } })),
      ok(recruitment.GET('/api/recruitment/intakes/{intakeId}/draft', { params: { path: { intakeId } } }))
        .then((saved) => (saved.content ?? {}) as DraftContent)
        .catch((problem) => {
          if (problem instanceof ApiProblem && problem.status === 404) return {};
          throw problem;
        }),
    ]);
    return { intake, scheme, draft };
  }, [intakeId, page]);
}

/** Saves the draft; a sponsor left blank is no sponsor, not an invalid one. */
export function saveDraft(intakeId: string, content: DraftContent) {
  const { sponsor, ...rest } = content;
  const named = sponsor && (sponsor.name?.trim() || sponsor.email?.trim()) ? { ...rest, sponsor } : rest;
  return ok(recruitment.PUT('/api/recruitment/intakes/{intakeId}/draft', {
    params: { path: { intakeId } }, body: named as Record<string, never>,
  }));
}
