import { romanQuarter } from "@thidua/core";
import type { PeriodStatus } from "@thidua/db";
import { mayReadLoadedBloc, seesDrafts } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, forbidden, notFound } from "../errors";
import { periodStatus } from "./bloc-year-grid";
import { toBlocData, type BlocData } from "./bloc-data";
import { loadBlocYearRows } from "./bloc-rows";
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
 * A bloc-year through a quarter as the caller may see it, read check included, in one query: who may
 * not read the bloc is refused; for a unit user a quarter that is not published is refused, and only
 * published figures count; everyone else also sees the quarter being entered, as a draft.
 */
export async function loadVisibleBloc(
  ctx: AuthedContext,
  { blocId, year, quarter }: { blocId: string; year: number; quarter: number },
): Promise<VisibleBloc> {
  const data = await loadReadableBloc(ctx, { blocId, year, throughQuarter: quarter });
  const status = periodStatus(data.blocYear, quarter);
  if (status !== "PUBLISHED" && !seesDrafts(ctx.user, blocId)) throw notPublished(quarter);
  return { data, status, draft: status !== "PUBLISHED" };
}

/**
 * A bloc-year's figures through a quarter, read check included, counted as the caller may see them
 * (unit users: published quarters only), whatever the status of that quarter: for views over several
 * quarters, which then show a unit user only the published ones (`mayShowQuarter`).
 */
export async function loadReadableBloc(
  ctx: AuthedContext,
  { blocId, year, throughQuarter }: { blocId: string; year: number; throughQuarter: number },
): Promise<BlocData> {
  const [row] = await loadBlocYearRows(ctx.prisma, [{ blocId, year }], throughQuarter);
  if (!row) throw notFound("notFound.bloc");
  const memberIds = (row.members ?? []).map((member) => member.id);
  if (!mayReadLoadedBloc(ctx.user, { blocId, provinceId: row.provinceId, memberIds })) throw forbidden();
  if (!row.id) throw notFound("notFound.blocYear", { year });
  const data = toBlocData(row, countedQuarters(ctx.user));
  if (!data) throw notFound("notFound.criteriaSet", { year });
  return data;
}

/** Whether the caller may see a quarter of a loaded bloc at all: unit users only published ones. */
export const mayShowQuarter = (ctx: AuthedContext, data: BlocData, blocId: string, quarter: number) =>
  seesDrafts(ctx.user, blocId) || periodStatus(data.blocYear, quarter) === "PUBLISHED";
