import { cohort, ok, recruitment } from '../api/client';
import { useApi } from '../api/useApi';

/** An intake with its scheme, for the caption of every page about it. */
export function useIntake(intakeId: string) {
  return useApi(async () => {
    const intake = await ok(recruitment.GET('/api/recruitment/intakes/{id}', { params: { path: { id: intakeId } } }));
    const scheme = await ok(recruitment.GET('/api/recruitment/schemes/{id}', { params: { path: { id: intake.schemeId! } } }));
    return { intake, scheme };
  }, [intakeId]);
}

/** Every scheme with its intakes, newest first. */
export function useSchemesWithIntakes() {
  return useApi(async () => {
    const [schemes, intakes] = await Promise.all([ok(recruitment.GET('/api/recruitment/schemes')),
      ok(recruitment.GET('/api/recruitment/intakes'))]);
    return schemes.map((scheme) => ({ scheme, intakes: intakes.filter((intake) => intake.schemeId === scheme.id) }));
  });
}

/** A cohort with its scheme, for the caption of every page about it. */
export function useCohort(cohortId: string) {
  return useApi(async () => {
    const theCohort = await ok(cohort.GET('/api/cohorts/cohorts/{id}', { params: { path: { id: cohortId } } }));
    const scheme = await ok(recruitment.GET('/api/recruitment/schemes/{id}', { params: { path: { id: theCohort.schemeId! } } }));
    return { cohort: theCohort, scheme };
  }, [cohortId]);
}
