import { auditRouter } from "./routers/audit";
import { awardsRouter } from "./routers/awards";
import { authRouter } from "./routers/auth";
import { blocsRouter } from "./routers/blocs";
import { criteriaRouter } from "./routers/criteria";
import { importsRouter } from "./routers/imports";
import { insightsRouter } from "./routers/insights";
import { periodsRouter } from "./routers/periods";
import { rankingsRouter } from "./routers/rankings";
import { resultsRouter } from "./routers/results";
import { targetsRouter } from "./routers/targets";
import { unitsRouter } from "./routers/units";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  units: unitsRouter,
  blocs: blocsRouter,
  periods: periodsRouter,
  criteria: criteriaRouter,
  targets: targetsRouter,
  results: resultsRouter,
  imports: importsRouter,
  rankings: rankingsRouter,
  insights: insightsRouter,
  awards: awardsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
