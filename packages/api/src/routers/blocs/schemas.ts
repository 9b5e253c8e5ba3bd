import { z } from "zod";
import { ZUnitKind } from "../../organisation/units";
import { ZQuarterStatus } from "../../data/quarter-statuses";
import { ZName, ZOptionalText } from "../../schemas";

export const ZBloc = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  provinceId: z.string(),
  /** Set once archived: the bloc keeps its years and starts no new one. */
  archivedAt: z.date().nullable(),
});
export type TBloc = z.output<typeof ZBloc>;

export const blocSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  provinceId: true,
  archivedAt: true,
} as const;

export const ZBlocName = ZName(300);
export const ZBlocDescription = ZOptionalText(2000);

/** A unit named in a bloc-year: its head or deputy. */
export const ZUnitRef = z.object({ unitId: z.string(), name: z.string() });

/** One bloc-year as its page shows it: members in display order, who leads, and how far each quarter has gone. */
export const ZBlocYear = z.object({
  id: z.string(),
  blocId: z.string(),
  year: z.number().int(),
  /** Send it back with saveYear: the save is refused if someone changed the year in between. */
  version: z.number().int(),
  members: z.array(
    z.object({ unitId: z.string(), code: z.string(), name: z.string(), kind: ZUnitKind, position: z.number().int() }),
  ),
  head: ZUnitRef.nullable(),
  deputy: ZUnitRef.nullable(),
  periods: z.array(ZQuarterStatus),
  /** Whether the caller may change the members, the leadership and the quarters' status. */
  canManage: z.boolean(),
});
export type TBlocYear = z.output<typeof ZBlocYear>;
