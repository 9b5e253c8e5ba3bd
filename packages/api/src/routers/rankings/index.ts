import { authedProcedure, router } from "../../trpc";
import { blocRanking, ZBlocRankingInput } from "./bloc";

export const rankingsRouter = router({
  bloc: authedProcedure.input(ZBlocRankingInput).query(blocRanking),
});
