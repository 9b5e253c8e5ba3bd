import { z } from "zod";
import {
  officialDocx,
  officialPdf,
  selfAssessmentReport,
  vietnamMoment,
  type SelfAssessmentData,
} from "@thidua/documents";
import { AppError } from "../errors";
import type { TGrid } from "../routers/results/grid";
import type { TSheetStatus } from "../sheets/sheet-status";
import { ZId } from "../schemas";
import { fileRoute, type Caller } from "./file-route";
import { ZQuarterParam, ZYearParam } from "./query";

/** ?bloc=…&year=2025&unit=…[&quarter=2]: without a quarter, the year (quarter IV, year to date). */
const ZSelfAssessmentQuery = z.object({ bloc: ZId, year: ZYearParam, unit: ZId, quarter: ZQuarterParam.optional() });

const STATES: Record<TSheetStatus["state"], string> = {
  DRAFT: "đang tự chấm, chưa nộp",
  SUBMITTED: "đã nộp, chờ thẩm định",
  RETURNED: "được trả lại để bổ sung",
  VERIFIED: "đã thẩm định",
};

function statusLine(sheet: TSheetStatus | undefined): string {
  if (!sheet) return STATES.DRAFT;
  const parts = [STATES[sheet.state]];
  if (sheet.submittedAt) parts.push(`nộp lúc ${vietnamMoment(sheet.submittedAt)}${sheet.late ? " (trễ hạn)" : ""}`);
  if (sheet.state === "RETURNED" && sheet.remarks) parts.push(`ý kiến của khối: ${sheet.remarks}`);
  if (sheet.verifiedAt) parts.push(`thẩm định lúc ${vietnamMoment(sheet.verifiedAt)}`);
  return parts.join("; ");
}

/** A side's total and the class the ranking shows, provisional before quarter IV. */
const sideTotals = (side: TGrid["totals"][number]["self"] | undefined) => ({
  total: side?.total ?? 0,
  classification: side?.classification?.label ?? null,
  provisional: side?.provisional ?? false,
});

/** The unit's row of the grid as the report takes it; refused when the caller may not see that unit's sheet. */
function unitReport(grid: TGrid, unitId: string) {
  if (!grid.members.some((member) => member.id === unitId)) throw new AppError("FORBIDDEN", "auth.forbidden");
  const cells = new Map(grid.cells.filter((cell) => cell.unitId === unitId).map((cell) => [cell.criterionId, cell]));
  const points = new Map(grid.points.filter((row) => row.unitId === unitId).map((row) => [row.criterionId, row]));
  const totals = grid.totals.find((row) => row.unitId === unitId);
  return {
    criteria: grid.criteria.map((criterion) => {
      const cell = cells.get(criterion.id);
      const scored = points.get(criterion.id);
      return {
        code: criterion.code,
        name: criterion.name,
        unitOfMeasure: criterion.unitOfMeasure ?? null,
        maxPoints: criterion.maxPoints,
        selfValue: scored?.self.value ?? null,
        verifiedValue: scored?.verified.value ?? null,
        selfPoints: scored?.self.points ?? null,
        verifiedPoints: scored?.verified.points ?? null,
        note: cell?.note ?? null,
        explanation: cell?.explanation ?? null,
      };
    }),
    totals: {
      self: sideTotals(totals?.self),
      verified: sideTotals(totals?.verified),
      maxAttainable: totals?.maxAttainable ?? 0,
    },
    status: statusLine(grid.sheets.find((sheet) => sheet.unitId === unitId)),
  };
}

async function evidenceOf(caller: Caller, grid: TGrid, unitId: string, quarters: number[]) {
  const codes = new Map(grid.criteria.map((criterion) => [criterion.id, criterion.code]));
  const lists = await Promise.all(
    quarters.map((quarter) => caller.evidence.sheet({ blocId: grid.blocId, year: grid.year, quarter, unitId })),
  );
  return lists.flat().map((item) => ({
    criterionCode: codes.get(item.criterionId) ?? "",
    quarter: item.quarter,
    name: item.name,
    url: item.url,
  }));
}

const selfAssessmentFile = (format: "docx" | "pdf") =>
  fileRoute({
    query: ZSelfAssessmentQuery,
    format,
    build: async ({ caller, ctx, input }) => {
      const quarter = input.quarter ?? 4;
      const grid = await caller.results.grid({ blocId: input.bloc, year: input.year, quarter });
      const report = unitReport(grid, input.unit);
      const quarters = input.quarter ? [input.quarter] : [1, 2, 3, 4];
      const [evidence, unit, bloc] = await Promise.all([
        evidenceOf(caller, grid, input.unit, quarters),
        ctx.prisma.unit.findUniqueOrThrow({ where: { id: input.unit }, select: { name: true } }),
        ctx.prisma.bloc.findUniqueOrThrow({
          where: { id: input.bloc },
          select: { name: true, province: { select: { name: true } } },
        }),
      ]);
      const data: SelfAssessmentData = {
        ...report,
        unitName: unit.name,
        blocName: bloc.name,
        upperBody: "",
        place: bloc.province.name.replace(/^Tỉnh\s+/i, ""),
        year: input.year,
        quarter: input.quarter ?? null,
        date: new Date(),
        evidence,
      };
      const doc = selfAssessmentReport(data);
      const period = input.quarter ? `Quý ${input.quarter}-${input.year}` : `Năm ${input.year}`;
      return {
        nameParts: ["Báo cáo tự chấm điểm", period, unit.name],
        bytes: format === "docx" ? await officialDocx(doc) : await officialPdf(doc),
      };
    },
  });

export const selfAssessmentDocx = selfAssessmentFile("docx");
export const selfAssessmentPdf = selfAssessmentFile("pdf");
