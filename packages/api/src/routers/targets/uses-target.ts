import type { CriterionKind, Prisma } from "@thidua/db";

/** Whether a criterion's rule reads the unit's target (mirrors the engine's rule kinds). */
export function usesTarget(criterion: { kind: CriterionKind; rule: Prisma.JsonValue }): boolean {
  if (criterion.kind === "TARGET_PERCENT") return true;
  return criterion.kind === "BANDS" && (criterion.rule as { basis?: string } | null)?.basis === "PERCENT_OF_TARGET";
}
