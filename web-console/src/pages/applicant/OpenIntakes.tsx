import { ok, recruitment } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Page } from '../../components/Page';
import { Loaded } from '../../components/Status';
import { date } from '../../labels';

/** Intakes open for applications now, each with its scheme. */
export function OpenIntakes() {
  const open = useApi(async () => {
    const [intakes, schemes] = await Promise.all([
      ok(recruitment.GET('/api/recruitment/intakes', { params: { query: { status: 'OPEN' } } })),
      ok(recruitment.GET('/api/recruitment/schemes')),
    ]);
    return intakes.map((intake) => ({ intake, scheme: schemes.find((s) => s.id === intake.schemeId) }));
  });
  return (
    <Page title="Schemes open for applications" back={{ href: '/applicant', text: 'Your applications' }}>
      <Loaded state={open}>{(list) => (list.length === 0
        ? <p class="nhsuk-body">No scheme is open for applications now. Come back later.</p>
        : (
          <ul class="nhsuk-list">
            {list.map(({ intake, scheme }) => (
              <li key={intake.id} class="nhsuk-card nhsuk-card--clickable">
                <div class="nhsuk-card__content">
                  <h2 class="nhsuk-card__heading nhsuk-heading-m">
                    <a class="nhsuk-card__link" href={`/applicant/intakes/${intake.id}`}>{scheme?.name}: {intake.name}</a>
                  </h2>
                  <p class="nhsuk-card__description">{intake.places} places. Closes {date(intake.closesAt)}.</p>
                </div>
              </li>
            ))}
          </ul>
        ))}</Loaded>
    </Page>
  );
}
