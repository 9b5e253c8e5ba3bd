import { z } from "zod";
import { compareUnit, rankBloc, renderExplanation } from "@thidua/core";
import type { AuthedContext } from "../../context";
import { loadVisibleBloc } from "../../data/visible-bloc";
import { AppError } from "../../errors";
import { ZBasisValue, ZCriterionRole, ZCriterionRow, ZSideValue } from "../../data/views";
import { ZId, ZYear, ZQuarter } from "../../schemas";
import { toPeriod, ZPeriodFields } from "../../period-input";
import { readableMemberships } from "./membership";

export const ZCompareInput = z.object({ unitId: ZId, year: ZYear, ...ZPeriodFields });
export type TCompareInput = z.output<typeof ZCompareInput>;

export const ZComparison = z.object({
  unitId: z.string(),
  unitName: z.string(),
  blocId: z.string(),
  blocName: z.string(),
  year: z.number().int(),
  quarter: ZQuarter,
  basis: ZBasisValue,
  side: ZSideValue,
  rank: z.number().int(),
  unitCount: z.number().int(),
  total: z.number(),
  blocAverage: z.number(),
  leader: z.object({ unitId: z.string(), unitName: z.string(), total: z.number() }),
  leaderTied: z.boolean(),
  groups: z.array(
    z.object({
      groupId: z.string(),
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      points: z.number(),
      blocAverage: z.number(),
      leaderPoints: z.number(),
    }),
  ),
  criteria: z.array(
    ZCriterionRow.extend({
      points: z.number(),
      blocAverage: z.number(),
      leaderPoints: z.number(),
      explanation: z.string(),
      valueExplanation: z.string().nullable(),
    }),
  ),
  biggestLosses: z.array(
    z.object({
      criterionId: z.string(),
      code: z.string(),
      name: z.string(),
      role: ZCriterionRole,
      maxPoints: z.number(),
      points: z.number(),
      lost: z.number(),
    }),
  ),
  moveUp: z
    .object({
      aboveUnitId: z.string(),
      aboveUnitName: z.string(),
      aboveRank: z.number().int(),
      aboveTotal: z.number(),
      gap: z.number(),
      pointsNeeded: z.number(),
      gain: z.number(),
      covered: z.boolean(),
      bonusRoom: z.number(),
      sources: z.array(
        z.object({
          criterionId: z.string(),
          code: z.string(),
          name: z.string(),
          points: z.number(),
          maxPoints: z.number(),
          headroom: z.number(),
          take: z.number(),
          step: z.string(),
        }),
      ),
    })
    .nullable(),
});
export type TComparison = z.output<typeof ZComparison>;

/**
 * A unit against its bloc's average and leader, per group and criterion, with the criteria where it
 * loses most and what it takes to move up one place.
 */
export async function compare({ ctx, input }: { ctx: AuthedContext; input: TCompareInput }): Promise<TComparison> {
  const { unitId, year, quarter, side } = input;
  const { unit, memberships } = await readableMemberships(ctx, unitId, { from: year, to: year });
  const membership = memberships[0];
  if (!membership) throw new AppError("NOT_FOUND", "notFound.membership", { unit: unit.name, year });

  const { data } = await loadVisibleBloc(ctx, { blocId: membership.blocId, year, quarter });

  const ranking = rankBloc(data.input, toPeriod(input), { side });
  const comparison = compareUnit(ranking, unitId);
  if (!comparison) throw new AppError("NOT_FOUND", "notFound.membership", { unit: unit.name, year });
  // How each of the unit's criterion points was computed, in the caller's language.
  const scored = new Map(
    (ranking.entries.find((entry) => entry.unitId === unitId)?.score.criteria ?? []).map((criterion) => [
      criterion.criterionId,
      criterion[side],
    ]),
  );
  const criteria = comparison.criteria.map((criterion) => {
    const score = scored.get(criterion.criterionId);
    return {
      ...criterion,
      explanation: score ? renderExplanation(score.explanation, ctx.locale) : "",
      valueExplanation: score?.valueExplanation ? renderExplanation(score.valueExplanation, ctx.locale) : null,
    };
  });
  // Each step of the way up in words: the figure to reach and the points its rule gives for it.
  const moveUp = comparison.moveUp && {
    ...comparison.moveUp,
    sources: comparison.moveUp.sources.map((source) => ({
      ...source,
      step: renderExplanation(source.step, ctx.locale),
    })),
  };
  return {
    ...comparison,
    criteria,
    moveUp,
    blocId: membership.blocId,
    blocName: membership.blocName,
    year,
    quarter,
    basis: input.basis,
  };
}
