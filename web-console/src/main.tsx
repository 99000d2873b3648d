import './styles.scss';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { PersonContext } from './auth/PersonContext';
import { signIn, signedIn, type Person } from './auth/session';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { Callback, NotFound, SignedOut } from './pages/SignInPages';
import { ApplicantHome } from './pages/applicant/ApplicantHome';
import { ApplicationPage } from './pages/applicant/ApplicationPage';
import { ApplyStep } from './pages/applicant/ApplyStep';
import { CheckAnswers } from './pages/applicant/CheckAnswers';
import { EqualityPage } from './pages/applicant/EqualityPage';
import { ErasurePage } from './pages/applicant/ErasurePage';
import { IntakePage } from './pages/applicant/IntakePage';
import { OfferPage } from './pages/applicant/OfferPage';
import { OpenIntakes } from './pages/applicant/OpenIntakes';
import { AssessorHome } from './pages/assessor/AssessorHome';
import { CoachHome } from './pages/coach/CoachHome';
import { DeclarationPage } from './pages/assessor/DeclarationPage';
import { ModerateCase } from './pages/assessor/ModerateCase';
import { ModerationList } from './pages/assessor/ModerationList';
import { ScoreApplication } from './pages/assessor/ScoreApplication';
import { DashboardsHome } from './pages/dashboards/DashboardsHome';
import { IntakeDashboard } from './pages/dashboards/IntakeDashboard';
import { EndOfYearReports, SchemeStocktake } from './pages/dashboards/ProgrammeReports';
import { ApplicationReview } from './pages/manage/ApplicationReview';
import { CohortCoaching } from './pages/manage/CohortCoaching';
import { CohortParticipants } from './pages/manage/CohortParticipants';
import { CohortSessions } from './pages/manage/CohortSessions';
import { IntakeApplications } from './pages/manage/IntakeApplications';
import { IntakeAssessment } from './pages/manage/IntakeAssessment';
import { IntakeCohorts } from './pages/manage/IntakeCohorts';
import { IntakeOverview } from './pages/manage/IntakeOverview';
import { ManageHome } from './pages/manage/ManageHome';
import { NewIntake } from './pages/manage/NewIntake';
import { NewScheme } from './pages/manage/NewScheme';
import { ParticipantReview } from './pages/manage/ParticipantReview';
import { ParticipantHome } from './pages/participant/ParticipantHome';
import { ParticipantPage } from './pages/participant/ParticipantPage';
import { SponsorDecision } from './pages/sponsor/SponsorDecision';
import { SponsorHome } from './pages/sponsor/SponsorHome';

/** Pages anyone may open; every other page signs the person in first. */
const OPEN_PAGES = ['/', '/callback', '/signed-out'];

function App() {
  const { path, route } = useLocation();
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  useEffect(() => {
    signedIn().then(setPerson);
  }, [path]);
  useEffect(() => {
    if (person === null && !OPEN_PAGES.includes(path)) signIn();
  }, [person, path]);
  if (person === undefined || (person === null && !OPEN_PAGES.includes(path))) {
    return <Layout person={null}><p class="nhsuk-body" role="status">Loading…</p></Layout>;
  }
  return (
    <Layout person={person}>
      <PersonContext.Provider value={person}>
        <Router>
          <Route path="/" component={Home} />
          <Route path="/callback" component={() => <Callback onSignedIn={(returnTo) => signedIn().then((signedInPerson) => { setPerson(signedInPerson); route(returnTo, true); })} />} />
          <Route path="/signed-out" component={SignedOut} />
          <Route path="/applicant" component={ApplicantHome} />
          <Route path="/applicant/intakes" component={OpenIntakes} />
          <Route path="/applicant/intakes/:intakeId" component={IntakePage} />
          <Route path="/applicant/intakes/:intakeId/apply/check" component={CheckAnswers} />
          <Route path="/applicant/intakes/:intakeId/apply/:step" component={ApplyStep} />
          <Route path="/applicant/applications/:applicationId" component={ApplicationPage} />
          <Route path="/applicant/applications/:applicationId/equality" component={EqualityPage} />
          <Route path="/applicant/offers/:offerId" component={OfferPage} />
          <Route path="/applicant/erasure" component={ErasurePage} />
          <Route path="/participant" component={ParticipantHome} />
          <Route path="/participant/:participantId" component={ParticipantPage} />
          <Route path="/coach" component={CoachHome} />
          <Route path="/sponsor" component={SponsorHome} />
          <Route path="/sponsor/applications/:applicationId" component={SponsorDecision} />
          <Route path="/assessor" component={AssessorHome} />
          <Route path="/assessor/declaration" component={DeclarationPage} />
          <Route path="/assessor/allocations/:allocationId" component={ScoreApplication} />
          <Route path="/assessor/moderation" component={ModerationList} />
          <Route path="/assessor/moderation/:caseId" component={ModerateCase} />
          <Route path="/manage" component={ManageHome} />
          <Route path="/manage/schemes/new" component={NewScheme} />
          <Route path="/manage/schemes/:schemeId/intakes/new" component={NewIntake} />
          <Route path="/manage/intakes/:intakeId" component={IntakeOverview} />
          <Route path="/manage/intakes/:intakeId/applications" component={IntakeApplications} />
          <Route path="/manage/intakes/:intakeId/assessment" component={IntakeAssessment} />
          <Route path="/manage/intakes/:intakeId/cohorts" component={IntakeCohorts} />
          <Route path="/manage/applications/:applicationId" component={ApplicationReview} />
          <Route path="/manage/cohorts/:cohortId" component={CohortParticipants} />
          <Route path="/manage/cohorts/:cohortId/sessions" component={CohortSessions} />
          <Route path="/manage/cohorts/:cohortId/coaching" component={CohortCoaching} />
          <Route path="/manage/participants/:participantId" component={ParticipantReview} />
          <Route path="/dashboards" component={DashboardsHome} />
          <Route path="/dashboards/intakes/:intakeId" component={IntakeDashboard} />
          <Route path="/dashboards/schemes/:schemeId/stocktake" component={SchemeStocktake} />
          <Route path="/dashboards/end-of-year" component={EndOfYearReports} />
          <Route default component={NotFound} />
        </Router>
      </PersonContext.Provider>
    </Layout>
  );
}

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
render(<LocationProvider><App /></LocationProvider>, document.getElementById('app')!);
