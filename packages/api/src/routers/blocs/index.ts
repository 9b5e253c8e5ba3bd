import { adminProcedure, authedProcedure, managerProcedure, router } from "../../trpc";
import { byId, ZBlocDetail, ZByIdInput } from "./by-id";
import { ZCoordinator } from "../../data/coordinators";
import { assignCoordinator, removeCoordinator, ZCoordinatorInput } from "./coordinators";
import { copyYear, ZCopyYearInput } from "./copy-year";
import { create, ZCreateBlocInput } from "./create";
import { list, ZBlocSummary, ZListBlocsInput } from "./list";
import { saveYear, ZSaveYearInput } from "./save-year";
import { setArchived, ZSetBlocArchivedInput } from "./set-archived";
import { ZBloc } from "./schemas";
import { ZBlocYear } from "../../data/bloc-year";
import { update, ZUpdateBlocInput } from "./update";
import { year, ZBlocYearInput } from "./year";

export const blocsRouter = router({
  list: authedProcedure.input(ZListBlocsInput).output(ZBlocSummary.array()).query(list),
  byId: authedProcedure.input(ZByIdInput).output(ZBlocDetail).query(byId),
  create: adminProcedure.input(ZCreateBlocInput).output(ZBloc).mutation(create),
  update: adminProcedure.input(ZUpdateBlocInput).output(ZBloc).mutation(update),
  setArchived: adminProcedure.input(ZSetBlocArchivedInput).output(ZBloc).mutation(setArchived),
  assignCoordinator: adminProcedure.input(ZCoordinatorInput).output(ZCoordinator.array()).mutation(assignCoordinator),
  removeCoordinator: adminProcedure.input(ZCoordinatorInput).output(ZCoordinator.array()).mutation(removeCoordinator),
  year: authedProcedure.input(ZBlocYearInput).output(ZBlocYear).query(year),
  saveYear: managerProcedure.input(ZSaveYearInput).output(ZBlocYear).mutation(saveYear),
  copyYear: managerProcedure.input(ZCopyYearInput).output(ZBlocYear).mutation(copyYear),
});
