/** The parts of one thing (an intake, a cohort) that a person works through, the current one marked. */
export function SectionNav({ label, base, parts, current }: {
  label: string; base: string; parts: { path: string; text: string }[]; current: string;
}) {
  return (
    <nav class="nhsuk-contents-list" role="navigation" aria-label={label}>
      <ol class="nhsuk-contents-list__list">
        {parts.map((part) => (
          <li class={`nhsuk-contents-list__item${part.path === current ? ' nhsuk-contents-list__item--current' : ''}`} key={part.path}
            aria-current={part.path === current ? 'page' : undefined}>
            {part.path === current
              ? <span class="nhsuk-contents-list__current">{part.text}</span>
              : <a class="nhsuk-contents-list__link" href={`${base}${part.path}`}>{part.text}</a>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
