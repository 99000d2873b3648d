import { SectionNav } from '../../components/SectionNav';

/** The parts of running a cohort, in the order a programme team meets them. */
const PARTS = [
  { path: '', text: 'Participants and plans' }, { path: '/sessions', text: 'Sessions and attendance' },
  { path: '/coaching', text: 'Coaches and matching' },
];

export function CohortNav({ cohortId, current }: { cohortId: string; current: string }) {
  return <SectionNav label="Parts of this cohort" base={`/manage/cohorts/${cohortId}`} parts={PARTS} current={current} />;
}
