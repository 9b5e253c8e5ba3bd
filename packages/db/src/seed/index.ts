import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../password";
import { DEMO_PASSWORD, seedAccounts, type DemoUsername } from "./accounts";
import { BLOCS, seedBlocs, type BlocCode } from "./blocs";
import { seedSheets } from "./sheets";
import { seedEvidence } from "./evidence";
import { seedCriteriaSets, type SeededCriteriaSet } from "./covenants";
import { generateFigures } from "./results";
import { demoScenario, type DemoScenario } from "./scenario";
import { seedUnits, type UnitCode } from "./units";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type DemoUsername } from "./accounts";
export { createFirstAdministrator, FIRST_ADMINISTRATOR } from "./first-administrator";
export type { BlocCode, Quarter } from "./blocs";
export type { DemoScenario } from "./scenario";
export type { MemberUnitCode, ProvinceCode, UnitCode } from "./units";

/** The ids of what the demo seed created, for tests that use it as fixtures. */
export interface DemoSeed {
  /** Provinces and member units by code (e.g. "LCI", "LCI-BATXAT"). */
  units: Record<UnitCode, string>;
  blocs: Record<BlocCode, string>;
  /** BlocYear ids by bloc code, then year. */
  blocYears: Record<BlocCode, Record<number, string>>;
  /** CriteriaSet ids by bloc code, then year. */
  criteriaSets: Record<BlocCode, Record<number, string>>;
  /** Criterion ids by bloc code, year, then criterion code (e.g. "II.1"). */
  criteria: Record<BlocCode, Record<number, Record<string, string>>>;
  users: Record<DemoUsername, string>;
  scenario: DemoScenario;
}

function mapSets<T>(
  sets: Record<BlocCode, Record<number, SeededCriteriaSet>>,
  map: (set: SeededCriteriaSet) => T,
): Record<BlocCode, Record<number, T>> {
  return Object.fromEntries(
    Object.entries(sets).map(([bloc, years]) => [
      bloc,
      Object.fromEntries(Object.entries(years).map(([year, set]) => [year, map(set)])),
    ]),
  ) as Record<BlocCode, Record<number, T>>;
}

/** True when the database holds no units, blocs or users: the only state the demo seed writes into. */
export async function isDatabaseEmpty(prisma: PrismaClient | Prisma.TransactionClient): Promise<boolean> {
  const [units, blocs, users] = [await prisma.unit.count(), await prisma.bloc.count(), await prisma.user.count()];
  return units + blocs + users === 0;
}

/**
 * Fills an empty database with the demo: two provinces, four blocs over 2024 and 2025, their
 * covenants, targets, quarterly results and accounts. Everything is written in one transaction,
 * so a failure leaves the database empty.
 */
export async function seedDemo(prisma: PrismaClient): Promise<DemoSeed> {
  if (!(await isDatabaseEmpty(prisma))) {
    throw new Error(
      "The demo seed only runs on an empty database, and this one already has units, blocs or users. " +
        "Use a fresh database (for PGlite, point PGLITE_DIR at an empty folder).",
    );
  }
  // scrypt costs about 0.4 s per hash: every demo account shares one hash of the same password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      const units = await seedUnits(tx);
      const { blocs, blocYears } = await seedBlocs(tx, units);
      const users = await seedAccounts(tx, passwordHash, units, blocs);
      const sets = await seedCriteriaSets(tx, blocs);

      const figures = BLOCS.flatMap((bloc) =>
        bloc.years.map((year) => generateFigures(bloc, year, sets[bloc.code][year.year]?.criteria ?? [], units)),
      );
      await tx.target.createMany({ data: figures.flatMap((figure) => figure.targets) });
      await tx.result.createMany({ data: figures.flatMap((figure) => figure.results) });
      await seedSheets(tx, units);
      await seedEvidence(tx, sets["LCI-DOANTHE"][2025], units, 4);

      return {
        units,
        blocs,
        blocYears,
        criteriaSets: mapSets(sets, (set) => set.id),
        criteria: mapSets(sets, (set) =>
          Object.fromEntries(set.criteria.map((criterion) => [criterion.code, criterion.id])),
        ),
        users,
        scenario: demoScenario(),
      };
    },
    // Seeding takes about two seconds here; slow machines could pass Prisma's default five-second timeout.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
