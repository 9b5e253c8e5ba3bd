import { authedProcedure, router } from "../../trpc";
import { compare, ZCompareInput, ZComparison } from "./compare";
import { overview, ZOverview, ZOverviewInput } from "./overview";
import { province, ZProvinceInput, ZProvinceOverview } from "./province";
import { trend, ZTrend, ZTrendInput } from "./trend";

export const insightsRouter = router({
  trend: authedProcedure.input(ZTrendInput).output(ZTrend).query(trend),
  compare: authedProcedure.input(ZCompareInput).output(ZComparison).query(compare),
  province: authedProcedure.input(ZProvinceInput).output(ZProvinceOverview).query(province),
  overview: authedProcedure.input(ZOverviewInput).output(ZOverview).query(overview),
});
