import { z } from "zod";
import { renderExplanation } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { ZCriterionRow } from "../../data/views";
import { ZRankedPeriod, type TBlocRankingInput } from "./bloc";
import { rankedBloc } from "./ranked-bloc";

export const ZBlocMatrix = ZRankedPeriod.extend({
  groups: z.array(
    z.object({
      groupId: z.string(),
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      bonusMaxPoints: z.number(),
    }),
  ),
  totalMaxPoints: z.number(),
  criteria: z.array(ZCriterionRow),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      rank: z.number().int(),
      total: z.object({ points: z.number(), explanation: z.string() }),
      groups: z.array(
        z.object({ groupId: z.string(), points: z.number(), subtotal: z.number(), explanation: z.string() }),
      ),
      criteria: z.array(
        z.object({
          criterionId: z.string(),
          points: z.number().nullable(),
          status: z.enum(["SCORED", "MISSING", "NO_TARGET", "NOT_DUE"]),
          explanation: z.string(),
        }),
      ),
    }),
  ),
});
export type TBlocMatrix = z.output<typeof ZBlocMatrix>;

/**
 * A bloc's points per criterion and per group for every unit, in rank order, each with how it was
 * computed in the caller's language: what a criteria × units heat map needs. Criteria not due in the
 * period are left out. A group's subtotal adds all its rows (content, bonus and deductions), so a
 * column adds up to the total, short only of what the set's bonus cap takes back (which the total's
 * explanation says). Kept apart from the ranking, which is 10× smaller and shown first.
 */
export async function matrix({ ctx, input }: { ctx: AuthedContext; input: TBlocRankingInput }): Promise<TBlocMatrix> {
  const { blocId, year, quarter, basis, side } = input;
  const { status, draft, ranking } = await rankedBloc(ctx, input);
  const first = ranking.entries[0]?.score;
  const due = new Set(first?.criteria.filter((criterion) => criterion.due).map((criterion) => criterion.criterionId));
  return {
    blocId,
    year,
    quarter,
    basis,
    side,
    status,
    /** The quarter is not published yet (only its managers and the province's leaders see it): its figures may change. */
    draft,
    groups: (first?.groups ?? []).map(({ groupId, code, name, maxPoints, bonusMaxPoints }) => ({
      groupId,
      code,
      name,
      maxPoints,
      bonusMaxPoints,
    })),
    /** The most a unit can total in the period: the content attainable plus the set's bonus cap. */
    totalMaxPoints: first ? first.maxAttainable + first.bonusCap : 0,
    criteria: (first?.criteria ?? [])
      .filter((criterion) => due.has(criterion.criterionId))
      .map(({ criterionId, code, name, groupId, kind, role, maxPoints }) => ({
        criterionId,
        code,
        name,
        groupId,
        kind,
        role,
        maxPoints,
      })),
    units: ranking.entries.map((entry) => ({
      unitId: entry.unitId,
      unitName: entry.unitName,
      rank: entry.rank,
      total: {
        points: entry.total,
        explanation: renderExplanation(entry.score[side].explanations.total, ctx.locale),
      },
      groups: entry.score.groups.map((group) => ({
        groupId: group.groupId,
        points: group[side].points,
        subtotal: group[side].subtotal,
        explanation: renderExplanation(group[side].explanation, ctx.locale),
      })),
      criteria: entry.score.criteria
        .filter((criterion) => due.has(criterion.criterionId))
        .map((criterion) => ({
          criterionId: criterion.criterionId,
          points: criterion[side].points,
          status: criterion[side].status,
          explanation: renderExplanation(criterion[side].explanation, ctx.locale),
        })),
    })),
  };
}
