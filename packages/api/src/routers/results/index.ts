import { authedProcedure, router, writerProcedure } from "../../trpc";
import { ZGrid } from "../../data/score-sheet";
import { grid, ZGridInput } from "./grid";
import { saveCell, ZSaveCellInput, ZSavedCell } from "./save-cell";
import { saveGrid, ZSavedCells, ZSaveGridInput } from "./save-grid";

export const resultsRouter = router({
  grid: authedProcedure.input(ZGridInput).output(ZGrid).query(grid),
  saveGrid: writerProcedure.input(ZSaveGridInput).output(ZSavedCells).mutation(saveGrid),
  saveCell: writerProcedure.input(ZSaveCellInput).output(ZSavedCell).mutation(saveCell),
});
