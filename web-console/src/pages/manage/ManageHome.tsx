import { Page } from '../../components/Page';
import { Loaded, Tag } from '../../components/Status';
import { date } from '../../labels';
import { useSchemesWithIntakes } from '../useIntakes';
import { INTAKE_STATUSES } from './manageLabels';

/** The programme team's start: each scheme and its intakes, newest first, with the way into each. */
export function ManageHome() {
  const loaded = useSchemesWithIntakes();
  return (
    <Page title="Schemes and intakes">
      <a class="nhsuk-button" role="button" draggable={false} href="/manage/schemes/new">Create a scheme</a>
      <Loaded state={loaded}>{(schemes) => schemes.map(({ scheme, intakes }) => (
        <section key={scheme.id}>
          <h2>{scheme.name}</h2>
          <p class="nhsuk-body-s">{scheme.ownerBody}. {scheme.regionsCovered?.length ? `Regions ${scheme.regionsCovered.join(', ')}` : 'National'}.
            {' '}<a href={`/manage/schemes/${scheme.id}/intakes/new`}>Add an intake<span class="nhsuk-u-visually-hidden"> to {scheme.name}</span></a></p>
          {intakes.length > 0 && (
            <table class="nhsuk-table-responsive">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Intakes of {scheme.name}</caption>
              <thead class="nhsuk-table__head"><tr>
                <th scope="col">Intake</th><th scope="col">Opens</th><th scope="col">Closes</th><th scope="col">Places</th><th scope="col">Status</th>
              </tr></thead>
              <tbody class="nhsuk-table__body">
                {intakes.map((intake) => (
                  <tr class="nhsuk-table__row" key={intake.id}>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Intake </span>
                      <a href={`/manage/intakes/${intake.id}`}>{intake.name}<span class="nhsuk-u-visually-hidden"> of {scheme.name}</span></a></td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Opens </span>{date(intake.opensAt)}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Closes </span>{date(intake.closesAt)}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Places </span>{intake.places}</td>
                    <td class="nhsuk-table__cell"><span class="nhsuk-table-responsive__heading">Status </span><Tag {...INTAKE_STATUSES[intake.status ?? 'DRAFT']} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}</Loaded>
    </Page>
  );
}
