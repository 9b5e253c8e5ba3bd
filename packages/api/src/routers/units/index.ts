import { z } from "zod";
import { adminProcedure, authedProcedure, router } from "../../trpc";
import { create, ZCreateUnitInput } from "./create";
import { ZProvince } from "../../data/provinces";
import { list, provinces, ZListUnitsInput } from "./list";
import { ZUnit } from "../../organisation/units";
import { setArchived, ZSetUnitArchivedInput } from "./set-archived";
import { update, ZUpdateUnitInput } from "./update";

export const unitsRouter = router({
  list: authedProcedure.input(ZListUnitsInput).output(z.array(ZUnit)).query(list),
  provinces: authedProcedure.output(z.array(ZProvince)).query(provinces),
  create: adminProcedure.input(ZCreateUnitInput).output(ZUnit).mutation(create),
  update: adminProcedure.input(ZUpdateUnitInput).output(ZUnit).mutation(update),
  setArchived: adminProcedure.input(ZSetUnitArchivedInput).output(ZUnit).mutation(setArchived),
});
