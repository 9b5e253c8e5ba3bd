import type { SessionUser } from "../auth/session";
import { seesDrafts } from "../auth/access";
import type { BlocYearGrid } from "./bloc-year-grid";
import type { BlocDataOptions } from "./bloc-data";

/**
 * The one rule of who sees which figures of a bloc: its managers, the province's leaders and admins
 * see every quarter as it is entered (an open quarter as a draft); unit users see other units'
 * figures only for published quarters, so drafts never shape what they see, not even as totals.
 */
export const publishedOnly = (quarter: number, blocYear: BlocYearGrid) =>
  blocYear.statuses.get(quarter) === "PUBLISHED";

/** Which quarters' figures count in the caller's scores, bloc by bloc: all, or the published ones. */
export function countedQuarters(user: SessionUser): BlocDataOptions["counts"] {
  if (user.role !== "UNIT") return undefined;
  return (quarter, blocYear, blocId) => seesDrafts(user, blocId) || publishedOnly(quarter, blocYear);
}

/**
 * The score sheet's rows and figures the caller may see: a unit user who does not manage the bloc
 * sees only its own row until the quarter is published, and other units' figures only from
 * published quarters.
 */
export function sheetVisibility(user: SessionUser, blocId: string, blocYear: BlocYearGrid, quarter: number) {
  const all = seesDrafts(user, blocId);
  const ownUnitId = user.unitId;
  const members =
    all || blocYear.statuses.get(quarter) === "PUBLISHED"
      ? blocYear.members
      : blocYear.members.filter((unit) => unit.id === ownUnitId);
  const visible = (unitId: string, rowQuarter: number) =>
    all || unitId === ownUnitId || publishedOnly(rowQuarter, blocYear);
  return { members, visible };
}
