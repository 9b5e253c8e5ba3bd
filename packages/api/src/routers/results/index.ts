import { authedProcedure, router, writerProcedure } from "../../trpc";
import { ZGrid } from "../../data/score-sheet";
import { grid, ZGridInput } from "./grid";
import { saveCell, ZSaveCellInput, ZSavedCell } from "./save-cell";
import { saveGrid, ZSavedCells, ZSaveGridInput } from "./save-grid";
import { sheet, ZSheet, ZSheetInput } from "./sheet";

export const resultsRouter = router({
  grid: authedProcedure.input(ZGridInput).output(ZGrid).query(grid),
  sheet: authedProcedure.input(ZSheetInput).output(ZSheet).query(sheet),
  saveGrid: writerProcedure.input(ZSaveGridInput).output(ZSavedCells).mutation(saveGrid),
  saveCell: writerProcedure.input(ZSaveCellInput).output(ZSavedCell).mutation(saveCell),
});
