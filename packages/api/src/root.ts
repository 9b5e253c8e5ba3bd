import { accountRouter } from "./routers/account";
import { accountsRouter } from "./routers/accounts";
import { auditRouter } from "./routers/audit";
import { awardsRouter } from "./routers/awards";
import { authRouter } from "./routers/auth";
import { blocsRouter } from "./routers/blocs";
import { criteriaRouter } from "./routers/criteria";
import { historyRouter } from "./routers/history";
import { importsRouter } from "./routers/imports";
import { insightsRouter } from "./routers/insights";
import { onboardingRouter } from "./routers/onboarding";
import { organisationRouter } from "./routers/organisation";
import { periodsRouter } from "./routers/periods";
import { rankingsRouter } from "./routers/rankings";
import { resultsRouter } from "./routers/results";
import { evidenceRouter } from "./routers/evidence";
import { sheetsRouter } from "./routers/sheets";
import { targetsRouter } from "./routers/targets";
import { unitsRouter } from "./routers/units";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  accounts: accountsRouter,
  units: unitsRouter,
  organisation: organisationRouter,
  onboarding: onboardingRouter,
  blocs: blocsRouter,
  periods: periodsRouter,
  criteria: criteriaRouter,
  targets: targetsRouter,
  results: resultsRouter,
  evidence: evidenceRouter,
  sheets: sheetsRouter,
  imports: importsRouter,
  rankings: rankingsRouter,
  insights: insightsRouter,
  awards: awardsRouter,
  audit: auditRouter,
  history: historyRouter,
});

export type AppRouter = typeof appRouter;
