import { z } from "zod";
import { ZQuarter } from "../../schemas";
import { assertCanReadBloc, canManageBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { forbidden, notFound } from "../../errors";
import { quarterHistory, ZQuarterEvent } from "../../quarters/history";
import { loadCompleteness, ZCompletenessCounts, ZUnitCompleteness } from "../../sheets/completeness";
import { loadBlocYearGrid } from "../../data/bloc-year-grid";
import { ZPeriodStatus } from "../../data/quarter-statuses";
import type { ZQuarterRef } from "./schemas";

export const ZCompletenessPanel = z.object({
  blocId: z.string(),
  year: z.number().int(),
  quarter: ZQuarter,
  status: ZPeriodStatus,
  deadline: z.string().nullable(),
  units: z.array(ZUnitCompleteness),
  counts: ZCompletenessCounts,
  /** The quarter's history, newest first: deadlines, locks, publications, reopenings with their reasons. */
  history: z.array(ZQuarterEvent),
  /** Whether the caller may verify, return, set the deadline and lock. */
  canManage: z.boolean(),
});
export type TCompletenessPanel = z.output<typeof ZCompletenessPanel>;

/** The verification and completeness panel of a bloc's quarter, for its coordinators and the province's leaders. */
export async function completeness({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZQuarterRef>;
}): Promise<TCompletenessPanel> {
  const { blocId, year, quarter } = input;
  await assertCanReadBloc(ctx, blocId, year);
  // Unit users see their own sheet on the sheet itself; other members' drafts are not theirs to see.
  if (!seesDrafts(ctx.user, blocId)) throw forbidden();
  const blocYear = await loadBlocYearGrid(ctx.prisma, blocId, year);
  const [panel, history] = await Promise.all([
    loadCompleteness(ctx.prisma, [blocId], year, quarter),
    quarterHistory(ctx.prisma, blocYear.id, quarter),
  ]);
  const bloc = panel.get(blocId);
  if (!bloc) throw notFound("notFound.criteriaSet", { year });
  return {
    blocId,
    year,
    quarter,
    status: bloc.status,
    deadline: bloc.deadline,
    units: bloc.units,
    counts: bloc.counts,
    history,
    canManage: canManageBloc(ctx.user, blocId),
  };
}
