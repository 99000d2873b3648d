import { useContext } from 'preact/hooks';
import { PersonContext } from '../auth/PersonContext';
import { signIn } from '../auth/session';
import { Page } from '../components/Page';

/** What each role does here, and the way into it. */
const AREAS: { roles: string[]; href: string; title: string; text: string }[] = [
  { roles: ['applicant'], href: '/applicant', title: 'Your applications', text: 'Find an open scheme, apply, and see where your application stands.' },
  { roles: ['sponsor'], href: '/sponsor', title: 'Applications that name you', text: 'Endorse, or decline to endorse, the applicants who named you as their sponsor.' },
  { roles: ['programme-manager'], href: '/manage', title: 'Schemes and intakes', text: 'Run intakes and cohorts: applications, screening, assessment, decisions, offers, sessions, coaching and plans.' },
  { roles: ['analyst', 'regional-lead', 'programme-manager'], href: '/dashboards', title: 'Dashboards and reports', text: 'Funnels, diversity at every stage, adverse impact and reliability; reports to download.' },
  { roles: ['coach'], href: '/coach', title: 'Your coachees', text: 'The participants matched to you, their development plans, and milestones to sign off.' },
  { roles: ['assessor', 'moderator'], href: '/assessor', title: 'Your assessments', text: 'Declare your conflicts of interest, then score the applications given to you, blind.' },
];

export function Home() {
  const person = useContext(PersonContext);
  if (!person) {
    return (
      <Page title="Ascend">
        <p class="nhsuk-lede-text">Apply to NHS leadership talent schemes, assess applicants fairly, and follow cohorts
          from their first session to their careers.</p>
        <button type="button" class="nhsuk-button" onClick={() => signIn('/')}>Sign in</button>
      </Page>
    );
  }
  const areas = AREAS.filter((area) => area.roles.some((role) => person.roles.includes(role)));
  return (
    <Page title={`Welcome, ${person.name}`}>
      {areas.length === 0 && <p class="nhsuk-body">The console does not have pages for your role yet. The API is documented at <a href="/swagger-ui.html">/swagger-ui.html</a>.</p>}
      <ul class="nhsuk-grid-row nhsuk-card-group">
        {areas.map((area) => (
          <li class="nhsuk-grid-column-one-half nhsuk-card-group__item" key={area.href}>
            <div class="nhsuk-card nhsuk-card--clickable">
              <div class="nhsuk-card__content">
                <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href={area.href}>{area.title}</a></h2>
                <p class="nhsuk-card__description">{area.text}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
