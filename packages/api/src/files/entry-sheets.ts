import { z } from "zod";
import { formatQuarter } from "@thidua/core";
import { entrySheetXlsx, quarterEntrySheet, targetsEntrySheet } from "@thidua/documents";
import { assertCanManageBloc } from "../auth/access";
import { AppError, forbidden } from "../errors";
import { ZId } from "../schemas";
import { fileRoute } from "./file-route";
import { ZQuarterParam, ZYearParam } from "./query";

const ZQuarterSheetQuery = z.object({ bloc: ZId, year: ZYearParam, quarter: ZQuarterParam });

/**
 * The quarter's entry sheet: a coordinator's holds every member and both figures, a member unit's
 * only its own column and its self-assessment. Leaders read but do not enter, so they get none.
 */
export const quarterSheetFile = fileRoute({
  query: ZQuarterSheetQuery,
  format: "xlsx",
  build: async ({ caller, ctx, input }) => {
    if (ctx.user.role === "LEADER") throw new AppError("FORBIDDEN", "auth.readOnly");
    const { bloc: blocId, year, quarter } = input;
    const [bloc, grid, ...earlier] = await Promise.all([
      caller.blocs.byId({ id: blocId }),
      caller.results.grid({ blocId, year, quarter }),
      ...Array.from({ length: quarter - 1 }, (_, index) => caller.results.grid({ blocId, year, quarter: index + 1 })),
    ]);
    const unitId = ctx.user.role === "UNIT" ? ctx.user.unitId : null;
    if (ctx.user.role === "UNIT" && !grid.members.some((member) => member.id === unitId)) throw forbidden();
    const sheet = quarterEntrySheet({
      bloc: { id: bloc.id, code: bloc.code, name: bloc.name },
      year,
      quarter,
      unitId,
      fields: grid.canVerify || (unitId === null && bloc.canManage) ? ["reported", "verified"] : ["reported"],
      criteria: grid.criteria.map((criterion) => ({
        id: criterion.id,
        code: criterion.code,
        groupCode: criterion.groupCode,
        name: criterion.name,
        unitOfMeasure: criterion.unitOfMeasure,
        maxPoints: criterion.maxPoints,
        kind: criterion.kind,
        due: criterion.due,
      })),
      members: grid.members,
      targets: grid.targets,
      cells: grid.cells,
      earlier: earlier.map((view) => ({ quarter: view.quarter, cells: view.cells })),
    });
    const who = unitId ? (grid.members.find((member) => member.id === unitId)?.name ?? "") : bloc.name;
    return {
      nameParts: ["Mẫu nhập số liệu", formatQuarter(quarter, year).replace("/", "-"), who],
      bytes: await entrySheetXlsx(sheet),
    };
  },
});

const ZTargetsSheetQuery = z.object({ bloc: ZId, year: ZYearParam });

/** The year's targets as an entry sheet, with last year's for context: coordinators and admins only. */
export const targetsSheetFile = fileRoute({
  query: ZTargetsSheetQuery,
  format: "xlsx",
  build: async ({ caller, ctx, input }) => {
    const { bloc: blocId, year } = input;
    if (ctx.user.role === "LEADER") throw new AppError("FORBIDDEN", "auth.readOnly");
    await assertCanManageBloc(ctx, blocId);
    const [bloc, targets, lastYear] = await Promise.all([
      caller.blocs.byId({ id: blocId }),
      caller.targets.list({ blocId, year }),
      caller.targets.list({ blocId, year: year - 1 }).catch(() => null),
    ]);
    const lastCodes = new Map((lastYear?.criteria ?? []).map((criterion) => [criterion.id, criterion.code]));
    const sheet = targetsEntrySheet({
      bloc: { id: bloc.id, code: bloc.code, name: bloc.name },
      year,
      criteria: targets.criteria,
      units: targets.units,
      targets: targets.targets,
      lastYear: (lastYear?.targets ?? []).map((target) => ({
        unitId: target.unitId,
        code: lastCodes.get(target.criterionId) ?? "",
        value: target.value,
      })),
    });
    return { nameParts: ["Mẫu nhập chỉ tiêu", `Năm ${year}`, bloc.name], bytes: await entrySheetXlsx(sheet) };
  },
});
