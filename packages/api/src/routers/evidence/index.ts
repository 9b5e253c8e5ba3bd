import { authedProcedure, router, writerProcedure } from "../../trpc";
import { addLink, ZAddedLink, ZAddLinkInput } from "./add-link";
import { remove, ZRemovedEvidence, ZRemoveEvidenceInput } from "./remove";
import { sheet, ZEvidenceSheet, ZEvidenceSheetInput } from "./sheet";

/** Evidence (tài liệu kiểm chứng) of a unit's sheet. Files are uploaded and downloaded under /evidence. */
export const evidenceRouter = router({
  sheet: authedProcedure.input(ZEvidenceSheetInput).output(ZEvidenceSheet).query(sheet),
  addLink: writerProcedure.input(ZAddLinkInput).output(ZAddedLink).mutation(addLink),
  remove: writerProcedure.input(ZRemoveEvidenceInput).output(ZRemovedEvidence).mutation(remove),
});
