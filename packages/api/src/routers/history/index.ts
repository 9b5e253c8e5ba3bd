import { authedProcedure, router, writerProcedure } from "../../trpc";
import { cell, ZCellHistory } from "./cell";
import { ZCellRef } from "./cell-ref";
import { revert, ZRevertCellInput, ZRevertedCell } from "./revert";

/** A score sheet cell's audited changes, and restoring an earlier value as a new change. */
export const historyRouter = router({
  cell: authedProcedure.input(ZCellRef).output(ZCellHistory).query(cell),
  revert: writerProcedure.input(ZRevertCellInput).output(ZRevertedCell).mutation(revert),
});
