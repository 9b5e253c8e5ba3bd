import { z } from "zod";
import { ZId, ZQuarter } from "../schemas";
import { ZBasis, ZSide } from "../period-input";

/** Query parameters are text: numbers are read from it, then checked like any procedure's input. */
const ZNumber = (schema: z.ZodNumber) => z.coerce.number().pipe(schema);

export const ZYearParam = ZNumber(z.number().int().min(2000).max(2100));
export const ZQuarterParam = z.coerce.number().pipe(ZQuarter);

/** A bloc's quarter as a download names it: ?bloc=…&year=2025&quarter=2[&basis=YTD&side=verified]. */
export const ZBlocPeriodQuery = z.object({
  bloc: ZId,
  year: ZYearParam,
  quarter: ZQuarterParam,
  basis: ZBasis,
  side: ZSide,
});
export type TBlocPeriodQuery = z.output<typeof ZBlocPeriodQuery>;

export const toRankingInput = (query: TBlocPeriodQuery) => ({
  blocId: query.bloc,
  year: query.year,
  quarter: query.quarter,
  basis: query.basis,
  side: query.side,
});
