import { SectionNav } from '../../components/SectionNav';

/** The parts of an intake the programme team works through, in order. */
const PARTS = [
  { path: '', text: 'Overview' }, { path: '/applications', text: 'Applications' },
  { path: '/assessment', text: 'Assessment and decisions' }, { path: '/cohorts', text: 'Cohorts and offers' },
];

export function IntakeNav({ intakeId, current }: { intakeId: string; current: string }) {
  return <SectionNav label="Parts of this intake" base={`/manage/intakes/${intakeId}`} parts={PARTS} current={current} />;
}
