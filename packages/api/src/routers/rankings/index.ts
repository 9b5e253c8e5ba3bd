import { authedProcedure, router } from "../../trpc";
import { bloc, ZBlocRanking, ZBlocRankingInput } from "./bloc";
import { matrix, ZBlocMatrix } from "./matrix";

export const rankingsRouter = router({
  bloc: authedProcedure.input(ZBlocRankingInput).output(ZBlocRanking).query(bloc),
  matrix: authedProcedure.input(ZBlocRankingInput).output(ZBlocMatrix).query(matrix),
});
