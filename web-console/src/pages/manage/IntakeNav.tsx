/** The parts of an intake the programme team works through, in order. */
const PARTS = [
  { path: '', text: 'Overview' }, { path: '/applications', text: 'Applications' },
  { path: '/assessment', text: 'Assessment and decisions' }, { path: '/cohorts', text: 'Cohorts and offers' },
];

export function IntakeNav({ intakeId, current }: { intakeId: string; current: string }) {
  return (
    <nav class="nhsuk-contents-list" role="navigation" aria-label="Parts of this intake">
      <ol class="nhsuk-contents-list__list">
        {PARTS.map((part) => (
          <li class={`nhsuk-contents-list__item${part.path === current ? ' nhsuk-contents-list__item--current' : ''}`} key={part.path}
            aria-current={part.path === current ? 'page' : undefined}>
            {part.path === current
              ? <span class="nhsuk-contents-list__current">{part.text}</span>
              : <a class="nhsuk-contents-list__link" href={`/manage/intakes/${intakeId}${part.path}`}>{part.text}</a>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
