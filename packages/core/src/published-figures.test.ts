import { describe, expect, it } from "vitest";
import type { BlocInput } from "./bloc";
import { publishedFigures } from "./published-figures";
import { blocOf, criterionId, onPlanYear, resultsFor } from "./test-fixtures";
import type { UnitRef } from "./types";

const units: UnitRef[] = [
  { id: "ba-be", name: "Ba Bể" },
  { id: "na-ri", name: "Na Rì" },
];
const input = (): BlocInput =>
  blocOf(units, [...onPlanYear("ba-be", { 2: { "II.1": 0.4 } }, 3), ...onPlanYear("na-ri", {}, 2)]);

/** Q2 of `changed` against Q2 of the unchanged bloc. */
const sameQ2 = (change: (bloc: BlocInput) => BlocInput) =>
  publishedFigures(change(input()), 2) === publishedFigures(input(), 2);

describe("publishedFigures", () => {
  it("stays the same when only names and labels change", () => {
    expect(
      sameQ2((bloc) => ({
        ...bloc,
        units: bloc.units.map((unit) => ({ ...unit, name: `${unit.name} (mới)` })),
        set: {
          ...bloc.set,
          groups: bloc.set.groups.map((group) => ({ ...group, name: "Nhóm đổi tên" })),
          criteria: bloc.set.criteria.map((criterion) => ({ ...criterion, name: "Tiêu chí đổi tên" })),
          classification: bloc.set.classification.map((band) => ({ ...band, label: band.label.toUpperCase() })),
        },
      })),
    ).toBe(true);
  });

  it("stays the same when a year-end criterion is added before quarter IV", () => {
    expect(
      sameQ2((bloc) => ({
        ...bloc,
        set: {
          ...bloc.set,
          criteria: [
            ...bloc.set.criteria,
            {
              id: "criterion-VII.4",
              groupId: bloc.set.groups.at(-1)!.id,
              code: "VII.4",
              name: "Được Chính phủ tặng Cờ thi đua",
              unitOfMeasure: "Cờ",
              maxPoints: 2,
              rule: { kind: "BONUS", pointsPerUnit: 2 },
              reporting: "YEAR_END",
              accumulation: "SUM",
              knockOut: false,
            },
          ],
        },
      })),
    ).toBe(true);
  });

  it("stays the same when a later quarter's figures change", () => {
    expect(sameQ2((bloc) => ({ ...bloc, results: [...bloc.results, ...resultsFor("na-ri", 3, { "II.1": 9 })] }))).toBe(
      true,
    );
  });

  it("changes with a target, a criterion's points, a band, the bonus cap, a member or a figure", () => {
    const poorFund = criterionId("II.1");
    expect(
      sameQ2((bloc) => ({
        ...bloc,
        targets: bloc.targets.map((t) => (t.criterionId === poorFund && t.unitId === "ba-be" ? { ...t, value: 5 } : t)),
      })),
    ).toBe(false);
    expect(
      sameQ2((bloc) => ({
        ...bloc,
        set: {
          ...bloc.set,
          criteria: bloc.set.criteria.map((c) => (c.id === poorFund ? { ...c, maxPoints: c.maxPoints + 1 } : c)),
        },
      })),
    ).toBe(false);
    expect(
      sameQ2((bloc) => ({
        ...bloc,
        set: { ...bloc.set, classification: bloc.set.classification.map((b) => ({ ...b, minTotal: b.minTotal / 2 })) },
      })),
    ).toBe(false);
    expect(sameQ2((bloc) => ({ ...bloc, set: { ...bloc.set, bonusCap: 5 } }))).toBe(false);
    expect(sameQ2((bloc) => ({ ...bloc, units: bloc.units.slice(0, 1) }))).toBe(false);
    const lowerQ1 = (bloc: BlocInput) => ({
      ...bloc,
      results: bloc.results.map((r) =>
        r.unitId === "na-ri" && r.quarter === 1 && r.criterionId === poorFund ? { ...r, verifiedValue: 0.2 } : r,
      ),
    });
    expect(sameQ2(lowerQ1)).toBe(false);
  });
});
