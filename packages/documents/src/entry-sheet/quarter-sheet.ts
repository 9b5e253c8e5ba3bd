import { formatNumber, formatQuarter, romanQuarter, type Quarter } from "@thidua/core";
import type { EntryCriterion, EntryField, EntrySheet } from "./entry-sheet";

type Kind = "TARGET_PERCENT" | "BANDS" | "YES_NO" | "QUALITATIVE" | "DEDUCTION" | "BONUS";

export interface SheetCriterion {
  id: string;
  code: string;
  groupCode: string;
  name: string;
  unitOfMeasure: string | null;
  maxPoints: number;
  kind: Kind;
  /** Due in this period (year-end criteria only in quarter IV). */
  due: boolean;
}

interface Figures {
  unitId: string;
  criterionId: string;
  reportedValue: number | null;
  verifiedValue: number | null;
}

/** A quarter as the grid gives it, with the earlier quarters' figures for context. */
export interface QuarterSheetData {
  bloc: { id: string; code: string; name: string };
  year: number;
  quarter: Quarter;
  /** A member unit's own sheet, or null for the coordinator's sheet of every unit. */
  unitId: string | null;
  /** Which figures may be filled: a member unit its self-assessment, a coordinator both. */
  fields: Extract<EntryField, "reported" | "verified">[];
  criteria: SheetCriterion[];
  members: { id: string; name: string }[];
  targets: { unitId: string; criterionId: string; value: number }[];
  cells: Figures[];
  earlier: { quarter: number; cells: Figures[] }[];
}

function entryHint(criterion: SheetCriterion): string {
  const unit = criterion.unitOfMeasure ? ` (${criterion.unitOfMeasure})` : "";
  switch (criterion.kind) {
    case "YES_NO":
      return "Có = 1, Không = 0";
    case "QUALITATIVE":
      return `Điểm từ 0 đến ${formatNumber(criterion.maxPoints, "vi")}`;
    case "DEDUCTION":
      return "Số lần vi phạm";
    case "BONUS":
      return `Số lượng${unit}`;
    default:
      return `Số liệu của quý${unit}`;
  }
}

export const entryCriterion = (criterion: SheetCriterion, open: boolean): EntryCriterion => ({
  id: criterion.id,
  code: criterion.code,
  groupCode: criterion.groupCode,
  name: criterion.name,
  unitOfMeasure: criterion.unitOfMeasure,
  maxPoints: criterion.maxPoints,
  entryHint: entryHint(criterion),
  whole: criterion.kind === "DEDUCTION" || criterion.kind === "BONUS" || criterion.kind === "YES_NO",
  yesNo: criterion.kind === "YES_NO",
  open,
});

const valuesOf = (cells: Figures[], unitId: string, pick: (cell: Figures) => number | null) =>
  new Map(cells.filter((cell) => cell.unitId === unitId).map((cell) => [cell.criterionId, pick(cell)]));

const FIELD_HEADERS = { reported: "Tự chấm (số liệu đơn vị)", verified: "Thẩm định" } as const;

/** The quarter's entry sheet: per unit, its target and earlier quarters (verified) for context, then the figures to fill. */
export function quarterEntrySheet(data: QuarterSheetData): EntrySheet {
  const quarterName = formatQuarter(data.quarter, data.year, { style: "long" });
  const members = data.unitId ? data.members.filter((unit) => unit.id === data.unitId) : data.members;
  const hasTargets = data.targets.length > 0;
  return {
    kind: "quarter",
    bloc: data.bloc,
    year: data.year,
    quarter: data.quarter,
    unitId: data.unitId,
    sheetName: `Quý ${romanQuarter(data.quarter)}-${data.year}`,
    title: `Số liệu ${quarterName} · ${data.bloc.name}`,
    subtitle: [
      data.unitId ? `Đơn vị: ${members[0]?.name ?? ""}` : `Các đơn vị thành viên năm ${data.year}`,
      `Mã khối ${data.bloc.code} · tệp mẫu của thidua, tải lên tại trang Nhập điểm của quý này`,
    ],
    instructions: [
      "Chỉ nhập vào các ô nền vàng: số liệu của riêng quý này (không cộng dồn), số có thể viết 3,7 hoặc 127600.",
      "Ô để trống là chưa có số liệu; xóa một số đã có là xóa số liệu đó khi tải lên.",
      "Không thêm trang, không gộp ô, không đổi thứ tự dòng.",
    ],
    criteria: data.criteria.map((criterion) => entryCriterion(criterion, criterion.due)),
    units: members.map((unit) => ({
      id: unit.id,
      name: unit.name,
      columns: [
        ...(hasTargets
          ? [
              {
                header: "Chỉ tiêu năm",
                field: null,
                values: new Map(
                  data.targets
                    .filter((target) => target.unitId === unit.id)
                    .map((target) => [target.criterionId, target.value]),
                ),
              },
            ]
          : []),
        ...data.earlier.map((earlier) => ({
          header: `Quý ${romanQuarter(earlier.quarter)} (thẩm định)`,
          field: null,
          values: valuesOf(earlier.cells, unit.id, (cell) => cell.verifiedValue),
        })),
        ...data.fields.map((field) => ({
          header: FIELD_HEADERS[field],
          field,
          values: valuesOf(data.cells, unit.id, (cell) =>
            field === "reported" ? cell.reportedValue : cell.verifiedValue,
          ),
        })),
      ],
    })),
  };
}

/** The year's targets as the targets grid gives them. */
export interface TargetsSheetData {
  bloc: { id: string; code: string; name: string };
  year: number;
  criteria: Omit<SheetCriterion, "due" | "kind">[];
  units: { id: string; name: string }[];
  targets: { unitId: string; criterionId: string; value: number }[];
  /** Last year's targets of the same criteria codes, for context; empty when there were none. */
  lastYear: { unitId: string; code: string; value: number }[];
}

/** The targets' entry sheet: per unit, last year's target (when there was one) and this year's to fill. */
export function targetsEntrySheet(data: TargetsSheetData): EntrySheet {
  const codeOf = new Map(data.criteria.map((criterion) => [criterion.id, criterion.code]));
  return {
    kind: "targets",
    bloc: data.bloc,
    year: data.year,
    quarter: null,
    unitId: null,
    sheetName: `Chỉ tiêu ${data.year}`,
    title: `Chỉ tiêu năm ${data.year} · ${data.bloc.name}`,
    subtitle: [`Mã khối ${data.bloc.code} · tệp mẫu của thidua, tải lên tại trang Thiết lập năm, thẻ Chỉ tiêu`],
    instructions: [
      "Chỉ nhập vào các ô nền vàng: chỉ tiêu cả năm của từng đơn vị, theo đơn vị tính của tiêu chí.",
      "Không thêm trang, không gộp ô, không đổi thứ tự dòng.",
    ],
    criteria: data.criteria.map((criterion) => ({
      ...entryCriterion({ ...criterion, kind: "TARGET_PERCENT", due: true }, true),
      entryHint: `Chỉ tiêu năm${criterion.unitOfMeasure ? ` (${criterion.unitOfMeasure})` : ""}`,
    })),
    units: data.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      columns: [
        ...(data.lastYear.length > 0
          ? [
              {
                header: `Năm ${data.year - 1}`,
                field: null,
                values: new Map(
                  data.criteria.map((criterion) => [
                    criterion.id,
                    data.lastYear.find((entry) => entry.unitId === unit.id && entry.code === codeOf.get(criterion.id))
                      ?.value ?? null,
                  ]),
                ),
              },
            ]
          : []),
        {
          header: `Năm ${data.year}`,
          field: "target" as const,
          values: new Map(
            data.targets
              .filter((target) => target.unitId === unit.id)
              .map((target) => [target.criterionId, target.value]),
          ),
        },
      ],
    })),
  };
}
