import { adminProcedure, router } from "../../trpc";
import { province, ZOrganisation, ZProvinceInput } from "./province";

/** The administrator's view of a province's units and blocs (the writes are units.* and blocs.*). */
export const organisationRouter = router({
  province: adminProcedure.input(ZProvinceInput).output(ZOrganisation).query(province),
});
