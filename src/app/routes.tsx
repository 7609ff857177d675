/**
 * Every route in the app. Features are composed only here; each screen after
 * Home is its own lazy chunk so the first load stays small.
 */
import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { HomeScreen } from '../features/home/HomeScreen';
import { NotFound } from './NotFound';

const SetupScreen = lazy(async () => ({
  default: (await import('../features/setup/SetupScreen')).SetupScreen,
}));
const ReflectScreen = lazy(async () => ({
  default: (await import('../features/reflect/ReflectScreen')).ReflectScreen,
}));
const CheckAnswers = lazy(async () => ({
  default: (await import('../features/reflect/CheckAnswers')).CheckAnswers,
}));
const ResultsScreen = lazy(async () => ({
  default: (await import('../features/results/ResultsScreen')).ResultsScreen,
}));

const ActionPlanScreen = lazy(async () => ({
  default: (await import('../features/results/ActionPlanScreen'))
    .ActionPlanScreen,
}));
const BackupScreen = lazy(async () => ({
  default: (await import('../features/backup/BackupScreen')).BackupScreen,
}));
const CompareScreen = lazy(async () => ({
  default: (await import('../features/results/CompareScreen')).CompareScreen,
}));
const ExportScreen = lazy(async () => ({
  default: (await import('../features/export/ExportScreen')).ExportScreen,
}));
const ReportScreen = lazy(async () => ({
  default: (await import('../features/export/ReportScreen')).ReportScreen,
}));
const ShareScreen = lazy(async () => ({
  default: (await import('../features/share/ShareScreen')).ShareScreen,
}));
const OpenScreen = lazy(async () => ({
  default: (await import('../features/open/OpenScreen')).OpenScreen,
}));
const ReviewScreen = lazy(async () => ({
  default: (await import('../features/review/ReviewScreen')).ReviewScreen,
}));
const ReviewsInScreen = lazy(async () => ({
  default: (await import('../features/reviews-in/ReviewsInScreen'))
    .ReviewsInScreen,
}));

const GuidanceLibrary = lazy(async () => ({
  default: (await import('../features/guidance/GuidanceLibrary'))
    .GuidanceLibrary,
}));
const GuidanceTopic = lazy(async () => ({
  default: (await import('../features/guidance/TopicPage')).TopicPage,
}));
const CaseStudyPage = lazy(async () => ({
  default: (await import('../features/guidance/CaseStudyPage')).CaseStudyPage,
}));
const TipsPage = lazy(async () => ({
  default: (await import('../features/guidance/TipsPage')).TipsPage,
}));

const WorkshopPlan = lazy(async () => ({
  default: (await import('../features/reflect/WorkshopPlan')).WorkshopPlan,
}));
const PresenterScreen = lazy(async () => ({
  default: (await import('../features/reflect/PresenterScreen'))
    .PresenterScreen,
}));

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomeScreen} />
      <Route path="/new" component={SetupScreen} />
      <Route path="/r/:reflectionId/setup" component={SetupScreen} />
      <Route
        path="/r/:reflectionId/reflect/:cellId?"
        component={ReflectScreen}
      />
      <Route path="/r/:reflectionId/workshop" component={WorkshopPlan} />
      <Route
        path="/r/:reflectionId/workshop/:cellId"
        component={PresenterScreen}
      />
      <Route path="/r/:reflectionId/check" component={CheckAnswers} />
      <Route path="/r/:reflectionId/results" component={ResultsScreen} />
      <Route path="/r/:reflectionId/actions" component={ActionPlanScreen} />
      <Route path="/r/:reflectionId/export" component={ExportScreen} />
      <Route path="/r/:reflectionId/report" component={ReportScreen} />
      <Route path="/r/:reflectionId/share" component={ShareScreen} />
      <Route path="/r/:reflectionId/reviews" component={ReviewsInScreen} />
      <Route path="/open" component={OpenScreen} />
      <Route path="/backup" component={BackupScreen} />
      <Route path="/compare/:before/:after" component={CompareScreen} />
      <Route path="/review/:sessionId/:step?" component={ReviewScreen} />
      <Route path="/guidance" component={GuidanceLibrary} />
      <Route path="/guidance/cases/:caseId" component={CaseStudyPage} />
      <Route path="/guidance/tips/:dimensionId" component={TipsPage} />
      <Route path="/guidance/:topicId" component={GuidanceTopic} />
      <Route component={NotFound} />
    </Switch>
  );
}
