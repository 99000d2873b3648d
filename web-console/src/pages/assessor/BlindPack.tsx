import type { components } from '../../api/generated/assessment';
import { PROFESSIONS, REGIONS, bandName } from '../../labels';

/** The anonymised pack as recruitment builds it: no name, contact details, employer, age or equality data. */
interface Pack {
  band?: string;
  profession?: string;
  regionCode?: string;
  answers?: { questionId: string; question: string; type: string; answer: unknown }[];
}

export function BlindPack({ view }: { view: components['schemas']['PackView'] }) {
  const pack = (view.pack ?? {}) as Pack;
  return (
    <>
      <h2>The application</h2>
      <div class="nhsuk-inset-text">
        <span class="nhsuk-u-visually-hidden">Information: </span>
        <p>You see no name, employer or personal details, so that you score the answers alone.</p>
      </div>
      {view.stale && <div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">
        <span class="nhsuk-u-visually-hidden">Important: </span>This copy may be out of date</h3><p>{view.note}</p></div>}
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Band</dt><dd class="nhsuk-summary-list__value">{pack.band ? bandName(pack.band) : ''}</dd></div>
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Profession</dt><dd class="nhsuk-summary-list__value">{PROFESSIONS[pack.profession ?? ''] ?? pack.profession}</dd></div>
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Region</dt><dd class="nhsuk-summary-list__value">{REGIONS[pack.regionCode ?? ''] ?? pack.regionCode}</dd></div>
      </dl>
      {(pack.answers ?? []).map((answer) => (
        <section key={answer.questionId}>
          <h3 class="nhsuk-heading-s">{answer.question}</h3>
          <p class="nhsuk-body app-answer">{Array.isArray(answer.answer) ? answer.answer.join(', ') : String(answer.answer ?? 'Not answered')}</p>
        </section>
      ))}
    </>
  );
}
