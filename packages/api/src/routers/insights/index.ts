import { authedProcedure, router } from "../../trpc";
import { compare, ZCompareInput } from "./compare";
import { overview, ZOverview, ZOverviewInput } from "./overview";
import { province, ZProvinceInput } from "./province";
import { trend, ZTrendInput } from "./trend";

export const insightsRouter = router({
  trend: authedProcedure.input(ZTrendInput).query(trend),
  compare: authedProcedure.input(ZCompareInput).query(compare),
  province: authedProcedure.input(ZProvinceInput).query(province),
  overview: authedProcedure.input(ZOverviewInput).output(ZOverview).query(overview),
});
