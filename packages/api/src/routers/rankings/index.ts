import { authedProcedure, router } from "../../trpc";
import { blocRanking, ZBlocRankingInput } from "./bloc";
import { blocMatrix } from "./matrix";
import { trend, ZBlocTrend } from "./trend";

export const rankingsRouter = router({
  bloc: authedProcedure.input(ZBlocRankingInput).query(blocRanking),
  matrix: authedProcedure.input(ZBlocRankingInput).query(blocMatrix),
  trend: authedProcedure.input(ZBlocRankingInput).output(ZBlocTrend).query(trend),
});
