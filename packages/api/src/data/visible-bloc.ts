import { romanQuarter } from "@thidua/core";
import type { PeriodStatus } from "@thidua/db";
import { seesDrafts } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, notFound } from "../errors";
import { periodStatus } from "../routers/results/bloc-year";
import { loadBlocData, type BlocData } from "./bloc-data";
import { countedQuarters } from "./visibility";

export const notPublished = (quarter: number) =>
  new AppError("FORBIDDEN", "period.notPublished", { quarter: romanQuarter(quarter) });

export interface VisibleBloc {
  data: BlocData;
  status: PeriodStatus;
  /** The quarter is not published: its figures may still change (only those who see drafts get here). */
  draft: boolean;
}

/**
 * A bloc-year through a quarter as the caller may see it (read access is checked by the caller):
 * for a unit user a quarter that is not published is refused, and only published figures count.
 */
export async function loadVisibleBloc(
  ctx: AuthedContext,
  { blocId, year, quarter }: { blocId: string; year: number; quarter: number },
): Promise<VisibleBloc> {
  const data = await loadBlocData(ctx.prisma, blocId, year, {
    throughQuarter: quarter,
    counts: countedQuarters(ctx.user),
  });
  if (!data) throw notFound("notFound.criteriaSet", { year });
  const status = periodStatus(data.blocYear, quarter);
  if (status !== "PUBLISHED" && !seesDrafts(ctx.user, blocId)) throw notPublished(quarter);
  return { data, status, draft: status !== "PUBLISHED" };
}
