import { authedProcedure, router } from "../../trpc";
import { blocRanking, ZBlocRankingInput } from "./bloc";
import { blocMatrix } from "./matrix";

export const rankingsRouter = router({
  bloc: authedProcedure.input(ZBlocRankingInput).query(blocRanking),
  matrix: authedProcedure.input(ZBlocRankingInput).query(blocMatrix),
});
