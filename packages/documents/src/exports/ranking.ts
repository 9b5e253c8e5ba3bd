import type { Locale } from "@thidua/core";
import { labelsOf } from "../labels";
import type { Column, TableDocument } from "../table/table";
import { periodLines, type PeriodView } from "./period";

/** What a ranking export needs; the API's bloc ranking answers it as is. */
export interface RankingData extends PeriodView {
  groups: { id: string; code: string; name: string; maxPoints: number }[];
  bands: { code: string; label: string; minTotal: number }[];
  entries: {
    unitId: string;
    rank: number;
    unitName: string;
    total: number;
    content: number;
    bonus: number;
    deduction: number;
    previousRank: number | null;
    movement: number | null;
    knockedOut: boolean;
    missingCount: number;
    /** provisional: tạm xếp loại, against the plan to date before quarter IV. */
    classification: { label: string | null; passing: boolean; provisional?: boolean };
    groups: { groupId: string; points: number }[];
  }[];
}

/** A class as the ranking page shows it: "Khá (tạm xếp loại)" before quarter IV. */
function classCell(classification: RankingData["entries"][number]["classification"], provisional: string) {
  if (classification.label === null) return null;
  return classification.provisional ? `${classification.label} (${provisional})` : classification.label;
}

/** The ranking as a table: rank, unit, total, each group, bonus, deductions, movement and class. */
export function rankingTable(blocName: string, ranking: RankingData, locale: Locale): TableDocument {
  const labels = labelsOf(locale);
  // A group of bonus items only has no content points: its points are the bonus column.
  const groups = ranking.groups.filter((group) => group.maxPoints > 0);
  const columns: Column[] = [
    { header: labels.rank, kind: "integer", width: 7 },
    { header: labels.unit, kind: "text", width: 30 },
    { header: labels.total, kind: "points", width: 11 },
    ...groups.map((group) => ({ header: `${group.code}. ${group.name}`, kind: "points" as const, width: 14 })),
    { header: labels.content, kind: "points", width: 11 },
    { header: labels.bonus, kind: "points", width: 10 },
    { header: labels.deduction, kind: "points", width: 10 },
    { header: labels.previousRank, kind: "integer", width: 10 },
    { header: labels.movement, kind: "movement", width: 10 },
    { header: labels.classification, kind: "text", width: 14 },
    { header: labels.knockedOut, kind: "text", width: 12 },
    { header: labels.missing, kind: "integer", width: 12 },
  ];
  return {
    locale,
    sheetName: labels.rankingTitle,
    title: `${labels.rankingTitle} · ${blocName}`,
    subtitle: periodLines(ranking, locale),
    columns,
    rows: ranking.entries.map((entry) => ({
      cells: [
        entry.rank,
        entry.unitName,
        entry.total,
        ...groups.map((group) => entry.groups.find((own) => own.groupId === group.id)?.points ?? null),
        entry.content,
        entry.bonus,
        entry.deduction,
        entry.previousRank,
        entry.movement,
        classCell(entry.classification, labels.provisional),
        entry.knockedOut ? labels.yes : null,
        entry.missingCount,
      ],
    })),
    notes: [
      `${labels.bands}: ${ranking.bands.map((band) => `${band.label} ≥ ${band.minTotal}`).join("; ")}`,
      labels.tiedNote,
      ...(ranking.entries.some((entry) => entry.classification.provisional) ? [labels.provisionalNote] : []),
    ],
  };
}
