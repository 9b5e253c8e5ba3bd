import type { CriterionRoleName, Locale } from "@thidua/core";
import { labelsOf } from "../labels";
import type { Column, Row, TableDocument } from "../table/table";
import { periodLines, type PeriodView } from "./period";

/** What a heat map export needs; the API's bloc matrix answers it as is. */
export interface HeatMapData extends PeriodView {
  groups: { groupId: string; code: string; name: string; maxPoints: number; bonusMaxPoints: number }[];
  criteria: { criterionId: string; code: string; name: string; groupId: string; maxPoints: number; role: string }[];
  totalMaxPoints: number;
  units: {
    unitName: string;
    rank: number;
    total: { points: number };
    groups: { groupId: string; subtotal: number }[];
    criteria: { criterionId: string; points: number | null; status: string }[];
  }[];
}

/**
 * Criteria down, units across in rank order: each group's criteria, then its subtotal, and a total
 * row at the foot, coloured as the dashboard's heat map
 * (a deduction by the share it kept).
 */
export function heatMapTable(blocName: string, matrix: HeatMapData, locale: Locale): TableDocument {
  const labels = labelsOf(locale);
  const columns: Column[] = [
    { header: labels.code, kind: "text", width: 8 },
    { header: labels.criterion, kind: "text", width: 44 },
    { header: labels.maxPoints, kind: "points", width: 9 },
    ...matrix.units.map((unit) => ({
      header: `${unit.rank}. ${unit.unitName}`,
      kind: "points" as const,
      width: 13,
      heat: true,
    })),
  ];
  const rows: Row[] = [];
  for (const group of matrix.groups) {
    for (const criterion of matrix.criteria.filter((entry) => entry.groupId === group.groupId)) {
      const deduction = criterion.role === "DEDUCTION";
      rows.push({
        cells: [
          criterion.code,
          criterion.name,
          deduction ? -criterion.maxPoints : criterion.maxPoints,
          ...matrix.units.map(
            (unit) => unit.criteria.find((cell) => cell.criterionId === criterion.criterionId)?.points ?? null,
          ),
        ],
        heat: { maxPoints: criterion.maxPoints, role: criterion.role as CriterionRoleName },
      });
    }
    const groupMax = group.maxPoints + group.bonusMaxPoints;
    rows.push({
      cells: [
        group.code,
        `${labels.groupTotal}: ${group.name}`,
        groupMax,
        ...matrix.units.map((unit) => unit.groups.find((entry) => entry.groupId === group.groupId)?.subtotal ?? null),
      ],
      emphasis: "group",
      heat: { maxPoints: groupMax, role: group.maxPoints > 0 ? "CONTENT" : "BONUS" },
    });
  }
  rows.push({
    cells: ["", labels.totalRow, matrix.totalMaxPoints, ...matrix.units.map((unit) => unit.total.points)],
    emphasis: "total",
    heat: { maxPoints: matrix.totalMaxPoints, role: "CONTENT" },
  });
  return {
    locale,
    sheetName: labels.heatMapTitle.slice(0, 31),
    title: `${labels.heatMapTitle} · ${blocName}`,
    subtitle: periodLines(matrix, locale),
    columns,
    rows,
  };
}
