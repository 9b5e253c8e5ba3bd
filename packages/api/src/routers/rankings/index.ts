import { authedProcedure, router } from "../../trpc";
import { bloc, ZBlocRanking, ZBlocRankingInput } from "./bloc";
import { matrix, ZBlocMatrix } from "./matrix";
import { trend, ZBlocTrend } from "./trend";

export const rankingsRouter = router({
  bloc: authedProcedure.input(ZBlocRankingInput).output(ZBlocRanking).query(bloc),
  matrix: authedProcedure.input(ZBlocRankingInput).output(ZBlocMatrix).query(matrix),
  trend: authedProcedure.input(ZBlocRankingInput).output(ZBlocTrend).query(trend),
});
