import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database";
import { verifyPassword } from "../password";
import { createTestDatabase } from "../testing";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo, type DemoSeed } from "./index";

let database: Database;
let seed: DemoSeed;

beforeAll(async () => {
  database = await createTestDatabase();
  expect(await isDatabaseEmpty(database.prisma)).toBe(true);
  const started = performance.now();
  seed = await seedDemo(database.prisma);
  console.log(`demo seed on ${database.target.kind}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

const num = (value: unknown) => (value === null ? null : Number(value));

describe("demo seed", () => {
  it("creates the provinces, member units and blocs with one membership per unit and year", async () => {
    const { prisma } = database;
    expect(await prisma.unit.count({ where: { kind: "PROVINCE" } })).toBe(2);
    expect(await prisma.unit.count()).toBe(34);
    expect(await prisma.bloc.count()).toBe(4);

    const years = await prisma.blocYear.findMany({ include: { bloc: true, _count: { select: { members: true } } } });
    const members = Object.fromEntries(years.map((year) => [`${year.bloc.code} ${year.year}`, year._count.members]));
    expect(members).toEqual({
      "LCI-HUYEN 2024": 9,
      "LCI-HUYEN 2025": 9,
      "BKN-HUYEN 2024": 8,
      "BKN-HUYEN 2025": 8,
      "LCI-DOANTHE 2024": 7,
      "LCI-DOANTHE 2025": 7,
      "LCI-CUM1 2025": 8,
    });
    expect(await prisma.membership.count({ where: { year: 2024 } })).toBe(24);
    expect(await prisma.membership.count({ where: { year: 2025 } })).toBe(32);

    const memberships = await prisma.membership.findMany({ include: { blocYear: true } });
    const unitYears = memberships.map((membership) => `${membership.unitId} ${membership.year}`);
    expect(new Set(unitYears).size).toBe(unitYears.length);
    expect(memberships.every((membership) => membership.year === membership.blocYear.year)).toBe(true);
    for (const year of years) {
      expect(year.headUnitId).not.toBe(year.deputyUnitId);
      expect(
        memberships.some((membership) => membership.blocYearId === year.id && membership.unitId === year.headUnitId),
      ).toBe(true);
    }
  });

  it("gives every bloc-year a 90 + 10 covenant, later years copied from the previous one", async () => {
    const sets = await database.prisma.criteriaSet.findMany({ include: { bloc: true, criteria: true, groups: true } });
    expect(sets).toHaveLength(7);
    for (const set of sets) {
      const content = set.criteria.filter((criterion) => criterion.kind !== "BONUS" && criterion.kind !== "DEDUCTION");
      const bonus = set.criteria.filter((criterion) => criterion.kind === "BONUS");
      expect(content.reduce((sum, criterion) => sum + Number(criterion.maxPoints), 0)).toBe(90);
      expect(Number(set.contentMaxPoints)).toBe(90);
      expect(Number(set.bonusCap)).toBe(10);
      expect(bonus.reduce((sum, criterion) => sum + Number(criterion.maxPoints), 0)).toBeGreaterThan(10);
      expect(set.criteria.length).toBeGreaterThanOrEqual(20);
      expect(
        set.criteria
          .filter((criterion) => criterion.knockOut)
          .every((criterion) => ["YES_NO", "DEDUCTION"].includes(criterion.kind)),
      ).toBe(true);
      expect(new Set(set.criteria.map((criterion) => criterion.accumulation))).toEqual(
        new Set(["SUM", "LAST", "MAX", "AVERAGE"]),
      );
      expect(set.criteria.some((criterion) => criterion.reporting === "YEAR_END")).toBe(true);
      expect(set.criteria.every((criterion) => !("kind" in (criterion.rule as object)))).toBe(true);
      expect(set.id).toBe(seed.criteriaSets[set.bloc.code as keyof DemoSeed["blocs"]][set.year]);
    }
    const copies = sets.filter((set) => set.copiedFromId);
    expect(copies.map((set) => `${set.bloc.code} ${set.year}`).sort()).toEqual([
      "BKN-HUYEN 2025",
      "LCI-DOANTHE 2025",
      "LCI-HUYEN 2025",
    ]);
    for (const copy of copies) {
      expect(copy.copiedFromId).toBe(seed.criteriaSets[copy.bloc.code as keyof DemoSeed["blocs"]][2024]);
    }
  });

  it("publishes finished quarters and leaves the latest ones open or locked", async () => {
    const periods = await database.prisma.period.findMany({ include: { blocYear: { include: { bloc: true } } } });
    const byBlocYear = new Map<string, string[]>();
    for (const period of periods) {
      const label = `${period.blocYear.bloc.code} ${period.blocYear.year}`;
      byBlocYear.set(label, [...(byBlocYear.get(label) ?? []), `Q${period.quarter} ${period.status}`].sort());
    }
    expect(Object.fromEntries(byBlocYear)).toEqual({
      "LCI-HUYEN 2024": ["Q1 PUBLISHED", "Q2 PUBLISHED", "Q3 PUBLISHED", "Q4 PUBLISHED"],
      "LCI-HUYEN 2025": ["Q1 PUBLISHED", "Q2 PUBLISHED"],
      "BKN-HUYEN 2024": ["Q1 PUBLISHED", "Q2 PUBLISHED", "Q3 PUBLISHED", "Q4 PUBLISHED"],
      "BKN-HUYEN 2025": ["Q1 PUBLISHED", "Q2 PUBLISHED"],
      "LCI-DOANTHE 2024": ["Q1 PUBLISHED", "Q2 PUBLISHED", "Q3 PUBLISHED", "Q4 PUBLISHED"],
      "LCI-DOANTHE 2025": ["Q1 PUBLISHED", "Q2 PUBLISHED", "Q3 PUBLISHED", "Q4 OPEN"],
      "LCI-CUM1 2025": ["Q3 PUBLISHED", "Q4 LOCKED"],
    });
    expect(seed.scenario.unpublishedPeriods).toEqual([
      { bloc: "LCI-DOANTHE", year: 2025, quarter: 4, status: "OPEN" },
      { bloc: "LCI-CUM1", year: 2025, quarter: 4, status: "LOCKED" },
    ]);
  });

  it("has every member verified in locked and published quarters, a few sheets in for the open one, one of them late", async () => {
    const sheets = await database.prisma.unitSheet.findMany({
      select: {
        state: true,
        submittedAt: true,
        verifiedAt: true,
        period: { select: { status: true, deadline: true } },
      },
    });
    const finished = sheets.filter((sheet) => sheet.period.status !== "OPEN");
    const memberQuarters = await database.prisma.membership.findMany({
      select: { blocYear: { select: { periods: { where: { status: { not: "OPEN" } }, select: { id: true } } } } },
    });
    expect(finished).toHaveLength(memberQuarters.reduce((sum, row) => sum + row.blocYear.periods.length, 0));
    for (const sheet of finished) {
      expect(sheet.state).toBe("VERIFIED");
      expect(sheet.submittedAt!.getTime()).toBeLessThan(sheet.period.deadline!.getTime());
      expect(sheet.verifiedAt!.getTime()).toBeGreaterThan(sheet.period.deadline!.getTime());
    }
    const open = sheets.filter((sheet) => sheet.period.status === "OPEN");
    expect(open.map((sheet) => sheet.state)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    const deadline = open[0]!.period.deadline!;
    expect(deadline.toISOString()).toBe("2026-01-10T00:00:00.000Z");
    // On time up to the end of the deadline day: one day past its start is still on time, two are not.
    expect(
      open.filter((sheet) => sheet.submittedAt!.getTime() >= deadline.getTime() + 24 * 3600_000 - 7 * 3600_000),
    ).toHaveLength(1);
  });

  it("has every cell reported in the open quarter but only about half verified, and everything verified elsewhere", async () => {
    const open = { criterion: { setId: seed.criteriaSets["LCI-DOANTHE"][2025] }, quarter: 4 };
    const cells = await database.prisma.result.count({ where: open });
    const unverified = await database.prisma.result.count({ where: { ...open, verifiedValue: null } });
    expect(cells).toBe(7 * 23);
    expect(await database.prisma.result.count({ where: { ...open, reportedValue: null } })).toBe(0);
    expect(unverified / cells).toBeGreaterThan(0.35);
    expect(unverified / cells).toBeLessThan(0.65);
    expect(await database.prisma.result.count({ where: { verifiedValue: null } })).toBe(unverified);
  });

  it("writes results and targets only for members of the criterion's bloc-year and for its quarters", async () => {
    const { prisma } = database;
    const memberships = await prisma.membership.findMany({ include: { blocYear: { include: { periods: true } } } });
    const member = new Set(
      memberships.map((membership) => `${membership.blocYear.blocId} ${membership.year} ${membership.unitId}`),
    );
    const quarters = new Map(
      memberships.map((membership) => [
        `${membership.blocYear.blocId} ${membership.year}`,
        membership.blocYear.periods.map((period) => period.quarter),
      ]),
    );
    const results = await prisma.result.findMany({
      select: {
        unitId: true,
        quarter: true,
        criterion: { select: { reporting: true, set: { select: { blocId: true, year: true } } } },
      },
    });
    expect(results.length).toBeGreaterThan(3000);
    for (const result of results) {
      const { blocId, year } = result.criterion.set;
      expect(member.has(`${blocId} ${year} ${result.unitId}`)).toBe(true);
      expect(quarters.get(`${blocId} ${year}`)).toContain(result.quarter);
      if (result.criterion.reporting === "YEAR_END") expect(result.quarter).toBe(4);
    }

    const targets = await prisma.target.findMany({
      select: {
        unitId: true,
        criterion: { select: { kind: true, rule: true, set: { select: { blocId: true, year: true } } } },
      },
    });
    for (const target of targets) {
      const { kind, rule, set } = target.criterion;
      expect(
        kind === "TARGET_PERCENT" || (kind === "BANDS" && (rule as { basis: string }).basis === "PERCENT_OF_TARGET"),
      ).toBe(true);
      expect(member.has(`${set.blocId} ${set.year} ${target.unitId}`)).toBe(true);
    }
    // 9 target criteria for each member of each bloc-year.
    expect(targets).toHaveLength(9 * memberships.length);
  });

  it("builds the fund up through the year, most units ending near or above plan", async () => {
    const setId = seed.criteriaSets["LCI-HUYEN"][2024];
    const fund = await database.prisma.criterion.findFirstOrThrow({
      where: { setId, code: "II.1" },
      include: { targets: true, results: true },
    });
    const progress = fund.targets.map((target) => {
      const raised = (quarter: number) =>
        fund.results
          .filter((result) => result.unitId === target.unitId && result.quarter <= quarter)
          .reduce((sum, result) => sum + Number(result.verifiedValue), 0);
      return [1, 2, 4].map((quarter) => raised(quarter) / Number(target.value));
    });
    for (const [q1, q2, q4] of progress as [number, number, number][]) {
      expect(q1).toBeGreaterThan(0.1);
      expect(q1).toBeLessThan(0.3);
      expect(q2).toBeGreaterThan(0.35);
      expect(q2).toBeLessThan(0.65);
      expect(q4).toBeGreaterThan(0.75);
      expect(q4).toBeLessThan(1.25);
    }
    expect(progress.filter(([, , q4]) => q4 !== undefined && q4 >= 0.9).length).toBeGreaterThanOrEqual(6);
  });

  it("makes the twins identical through their tie quarter", async () => {
    expect(seed.scenario.ties.map((tie) => tie.bloc).sort()).toEqual(["BKN-HUYEN", "LCI-HUYEN"]);
    for (const tie of seed.scenario.ties) {
      const setId = seed.criteriaSets[tie.bloc][tie.year];
      const [first, second] = tie.units.map((unit) => seed.units[unit]);
      const figures = async (unitId: string | undefined) => {
        const targets = await database.prisma.target.findMany({
          where: { unitId, criterion: { setId } },
          include: { criterion: true },
        });
        const results = await database.prisma.result.findMany({
          where: { unitId, criterion: { setId }, quarter: { lte: tie.throughQuarter } },
          include: { criterion: true },
        });
        return {
          targets: Object.fromEntries(targets.map((target) => [target.criterion.code, Number(target.value)])),
          results: Object.fromEntries(
            results.map((result) => [
              `${result.criterion.code} Q${result.quarter}`,
              [num(result.reportedValue), num(result.verifiedValue)],
            ]),
          ),
        };
      };
      const [a, b] = [await figures(first), await figures(second)];
      expect(Object.keys(a.results).length).toBeGreaterThan(20 * tie.throughQuarter);
      expect(b).toEqual(a);
    }
  });

  it("records the knock-out violation, some deductions and a bonus above the cap", async () => {
    const [knockOut] = seed.scenario.knockOuts;
    expect(knockOut).toMatchObject({ bloc: "LCI-HUYEN", year: 2024, unit: "LCI-BAOTHANG", fromQuarter: 3 });
    const violations = await database.prisma.result.findMany({
      where: { criterion: { knockOut: true }, verifiedValue: 0 },
      include: { unit: true, criterion: { include: { set: true } } },
    });
    expect(
      violations.map((result) => `${result.unit.code} ${result.criterion.set.year} Q${result.quarter}`).sort(),
    ).toEqual(["LCI-BAOTHANG 2024 Q3", "LCI-BAOTHANG 2024 Q4"]);

    for (const bloc of ["LCI-HUYEN", "BKN-HUYEN"] as const) {
      const events = await database.prisma.result.count({
        where: { criterion: { kind: "DEDUCTION", set: { blocId: seed.blocs[bloc] } }, verifiedValue: { gt: 0 } },
      });
      expect(events).toBeGreaterThanOrEqual(2);
    }

    const [star] = seed.scenario.bonusAboveCap;
    const bonus = await database.prisma.result.findMany({
      where: {
        unitId: seed.units[star!.unit],
        criterion: { kind: "BONUS", setId: seed.criteriaSets[star!.bloc][star!.year] },
      },
      include: { criterion: true },
    });
    const raw = new Map<string, number>();
    for (const result of bonus)
      raw.set(result.criterion.id, (raw.get(result.criterion.id) ?? 0) + Number(result.verifiedValue));
    const capped = [...new Set(bonus.map((result) => result.criterion))].reduce((sum, criterion) => {
      const perUnit = (criterion.rule as { pointsPerUnit: number }).pointsPerUnit;
      return sum + Math.min(Number(criterion.maxPoints), (raw.get(criterion.id) ?? 0) * perUnit);
    }, 0);
    expect(capped).toBeGreaterThan(10);
  });

  it("gives self-assessment above the verified figures for some units and never below", async () => {
    const results = await database.prisma.result.findMany({
      where: { verifiedValue: { not: null }, criterion: { kind: { not: "DEDUCTION" } } },
      select: { reportedValue: true, verifiedValue: true },
    });
    const above = results.filter((result) => Number(result.reportedValue) > Number(result.verifiedValue));
    expect(above.length).toBeGreaterThan(results.length * 0.05);
    expect(results.every((result) => Number(result.reportedValue) >= Number(result.verifiedValue))).toBe(true);
  });

  it("creates the demo accounts with one shared password and their scopes", async () => {
    const users = await database.prisma.user.findMany({
      include: { coordinates: { include: { bloc: true } }, unit: true, province: true },
    });
    expect(users.map((user) => user.username).sort()).toEqual(DEMO_ACCOUNTS.map((account) => account.username).sort());
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.passwordHash)).toBe(true);

    const byName = Object.fromEntries(users.map((user) => [user.username, user]));
    expect(byName["dieuphoi.laocai"]?.coordinates.map((entry) => entry.bloc.code).sort()).toEqual([
      "LCI-CUM1",
      "LCI-DOANTHE",
      "LCI-HUYEN",
    ]);
    expect(byName["dieuphoi.backan"]?.coordinates.map((entry) => entry.bloc.code)).toEqual(["BKN-HUYEN"]);
    expect(byName["lanhdao.laocai"]?.province?.code).toBe("LCI");
    expect(byName["donvi.camduong"]?.unit?.name).toBe("Phường Cam Đường");
    for (const user of users) {
      if (user.role === "UNIT") expect(user.unitId).not.toBeNull();
      if (user.role === "LEADER") expect(user.provinceId).not.toBeNull();
      expect(seed.users[user.username as keyof DemoSeed["users"]]).toBe(user.id);
    }
  });

  it("refuses to seed a database that is not empty", async () => {
    const results = await database.prisma.result.count();
    await expect(seedDemo(database.prisma)).rejects.toThrow(/only runs on an empty database/);
    expect(await isDatabaseEmpty(database.prisma)).toBe(false);
    expect(await database.prisma.result.count()).toBe(results);
  });
});

describe("evidence in the demo", () => {
  it("asks the organisations for the documents behind their plan and reorganisation, some given, one explained", async () => {
    const { prisma } = database;
    const required = await prisma.criterion.findMany({
      where: { evidenceRequired: true },
      select: { id: true, code: true, setId: true },
      orderBy: { code: "asc" },
    });
    expect(required.map((criterion) => [criterion.code, criterion.setId])).toEqual([
      ["I.3", seed.criteriaSets["LCI-DOANTHE"][2025]],
      ["V.1", seed.criteriaSets["LCI-DOANTHE"][2025]],
    ]);
    const ids = required.map((criterion) => criterion.id);
    const evidence = await prisma.evidence.findMany({
      where: { criterionId: { in: ids } },
      select: { unitId: true, quarter: true, kind: true },
    });
    const inOpenQuarter = evidence.filter((item) => item.quarter === 4);
    expect(new Set(inOpenQuarter.map((item) => item.unitId))).toEqual(
      new Set([seed.units["LCI-MTTQ"], seed.units["LCI-HOIPHUNU"], seed.units["LCI-TINHDOAN"]]),
    );
    // The published quarters I–III were verified with every member's documents: 7 members × 2 criteria × 3.
    expect(evidence.filter((item) => item.quarter < 4)).toHaveLength(42);
    expect(evidence.every((item) => item.kind === "LINK")).toBe(true);
    const explained = await prisma.result.findMany({
      where: { criterionId: { in: ids }, explanation: { not: null } },
      select: { unitId: true },
    });
    expect(explained.map((row) => row.unitId)).toEqual([seed.units["LCI-HOICCB"], seed.units["LCI-HOICCB"]]);
  });
});

describe("a failed demo seed", () => {
  it("leaves the database empty, so it can simply be run again", async () => {
    const scratch = await createTestDatabase();
    try {
      // Any failure late in the seed will do: refuse every result row.
      await scratch.prisma.$executeRawUnsafe(
        `ALTER TABLE "Result" ADD CONSTRAINT demo_refuses_results CHECK (quarter < 0)`,
      );
      await expect(seedDemo(scratch.prisma)).rejects.toThrow(/demo_refuses_results/);
      expect(await isDatabaseEmpty(scratch.prisma)).toBe(true);
    } finally {
      await scratch.close();
    }
    // A second database booted and seeded: on two cores shared with the rest of the suite it can pass 30 s.
  }, 120_000);
});
