import { describe, expect, it } from "vitest";
import { BLOCS } from "./blocs";
import { criteriaSetDefinition } from "./criteria";
import { generateFigures } from "./results";
import { MEMBER_UNITS, PROVINCES, type UnitCode } from "./units";

const units = Object.fromEntries(
  [...PROVINCES, ...MEMBER_UNITS].map((unit) => [unit.code, `unit:${unit.code}`]),
) as Record<UnitCode, string>;

function figuresOfEveryBlocYear() {
  return BLOCS.flatMap((bloc) =>
    bloc.years.map((year) => {
      const criteria = criteriaSetDefinition(bloc.flavour, year.year).groups.flatMap((group) =>
        group.criteria.map((criterion) => ({ ...criterion, id: `${bloc.code}/${year.year}/${criterion.code}` })),
      );
      return generateFigures(bloc, year, criteria, units);
    }),
  );
}

describe("demo figures", () => {
  it("are the same on every run", () => {
    expect(figuresOfEveryBlocYear()).toEqual(figuresOfEveryBlocYear());
  });

  it("keep one result per criterion, unit and quarter", () => {
    const cells = figuresOfEveryBlocYear().flatMap((figures) =>
      figures.results.map((result) => `${result.criterionId} ${result.unitId} ${result.quarter}`),
    );
    expect(new Set(cells).size).toBe(cells.length);
  });
});
