import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@thidua/api";

type Grid = inferRouterOutputs<AppRouter>["results"]["grid"];
export type GridSave = inferRouterInputs<AppRouter>["results"]["saveGrid"];

/**
 * A save of every cell of a grid that can be entered this quarter, each with `marker` as its note:
 * the largest real save (the whole bloc at once), and afterwards each cell tells whether it holds.
 */
export function markEveryCell(grid: Grid, marker: string): GridSave {
  const versions = new Map(grid.cells.map((cell) => [`${cell.unitId}|${cell.criterionId}`, cell.version]));
  const cells = grid.members.flatMap((unit) =>
    grid.criteria
      .filter((criterion) => criterion.due)
      .map((criterion) => ({
        unitId: unit.id,
        criterionId: criterion.id,
        note: marker,
        version: versions.get(`${unit.id}|${criterion.id}`) ?? null,
      })),
  );
  return { blocId: grid.blocId, year: grid.year, quarter: grid.quarter, cells };
}

/** How many of the grid's cells hold `marker` as their note. */
export const cellsMarked = (grid: Grid, marker: string) => grid.cells.filter((cell) => cell.note === marker).length;
