import { sheetGaps, type CriterionGap } from "@thidua/core";
import { computed, reactive, shallowRef, type Ref } from "vue";
import { useEvidenceStore, type EvidenceItem } from "../../stores/evidence";
import { useScoresStore, type QuarterRef } from "../../stores/scores";
import { cellKey, type CellRef } from "../scores/sheet-keys";
import type { ScoreSheet } from "../scores/useScoreSheet";

export interface CellTexts {
  note: string | null;
  explanation: string | null;
}

/**
 * The evidence, notes and explanations of a score sheet's quarter, beside the figures: what each
 * criterion still lacks per unit comes from the one rule in @thidua/core (sheetGaps).
 */
export function useSheetEvidence(sheet: ScoreSheet, quarter: Ref<QuarterRef | null>) {
  const store = useEvidenceStore();
  const scores = useScoresStore();
  const items = shallowRef<EvidenceItem[]>([]);
  const texts = reactive(new Map<string, CellTexts>());

  async function reload() {
    const target = quarter.value;
    items.value = target ? await store.sheet(target) : [];
  }

  /** A fresh grid: its notes and explanations, and the evidence of the same quarter. */
  async function load() {
    texts.clear();
    for (const cell of sheet.grid.value?.cells ?? []) {
      texts.set(cellKey(cell), { note: cell.note, explanation: cell.explanation });
    }
    await reload();
  }

  const byCell = computed(() => {
    const grouped = new Map<string, EvidenceItem[]>();
    for (const item of items.value) grouped.set(cellKey(item), [...(grouped.get(cellKey(item)) ?? []), item]);
    return grouped;
  });
  const itemsOf = (cell: CellRef) => byCell.value.get(cellKey(cell)) ?? [];
  const textsOf = (cell: CellRef): CellTexts => texts.get(cellKey(cell)) ?? { note: null, explanation: null };

  /** What the unit's sheet still lacks, by criterion: its self-assessed figures as they stand on screen. */
  function gapsOf(unitId: string): Map<string, CriterionGap> {
    const criteria = sheet.grid.value?.criteria ?? [];
    const gaps = sheetGaps(
      criteria.map((criterion) => ({
        criterionId: criterion.id,
        evidenceRequired: criterion.evidenceRequired,
        due: criterion.due,
      })),
      criteria.map((criterion) => {
        const cell = { unitId, criterionId: criterion.id };
        return {
          criterionId: criterion.id,
          value: sheet.state({ ...cell, side: "self" }).value,
          explanation: textsOf(cell).explanation,
          evidenceCount: itemsOf(cell).length,
        };
      }),
    );
    return new Map(gaps.map((gap) => [gap.criterionId, gap]));
  }

  /** Saves a cell's note and explanation through the grid's own save, then takes its new version. */
  async function saveTexts(cell: CellRef, next: CellTexts) {
    const target = quarter.value;
    if (!target) return;
    const saved = await scores.save(target, [{ ...cell, ...next, version: sheet.versionOf(cell) }]);
    sheet.saved(saved, new Map());
    const stored = saved[0];
    texts.set(cellKey(cell), stored ? { note: stored.note, explanation: stored.explanation } : next);
  }

  return { items, load, reload, itemsOf, textsOf, gapsOf, saveTexts };
}

export type SheetEvidence = ReturnType<typeof useSheetEvidence>;
