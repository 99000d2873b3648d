import { cohort, ok } from '../../api/client';
import { useApi } from '../../api/useApi';

/** The caller's participations, each with the cohort it is in. */
export function useMyParticipations() {
  return useApi(async () => {
    const [participations, cohorts] = await Promise.all([ok(cohort.GET('/api/cohorts/me/participations')), ok(cohort.GET('/api/cohorts/me/cohorts'))]);
    return participations.map((participant) => ({ participant, cohort: cohorts.find((c) => c.id === participant.cohortId) }));
  });
}
