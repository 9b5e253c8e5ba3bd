import { z } from "zod";
import { usesTarget } from "@thidua/core";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { ZId, ZYear } from "../../schemas";
import { loadBlocYear } from "../results/bloc-year";
import { storedRule } from "../../scoring/criteria-set";
import { loadPhasings, mayBePhased } from "../../data/phasings";

export const ZTargetsListInput = z.object({ blocId: ZId, year: ZYear });
export type TTargetsListInput = z.infer<typeof ZTargetsListInput>;

export const ZTarget = z.object({
  unitId: z.string(),
  criterionId: z.string(),
  value: z.number(),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type TTarget = z.output<typeof ZTarget>;

/** A seasonal criterion's spread over the year: each quarter's share of the target, in percent. */
export const ZPhasing = z.object({
  criterionId: z.string(),
  weights: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type TPhasing = z.output<typeof ZPhasing>;

export const ZTargetGrid = z.object({
  /** The members the caller may see targets of, in the bloc's order. */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The criteria scored against a target, in display order. */
  criteria: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      unitOfMeasure: z.string().nullable(),
      maxPoints: z.number(),
      kind: z.enum(["TARGET_PERCENT", "BANDS"]),
      groupCode: z.string(),
      /** A summed quarterly figure: its target may be phased by quarter (else it is expected in full all year). */
      phaseable: z.boolean(),
    }),
  ),
  targets: z.array(ZTarget),
  /** The phased criteria; any other phaseable one is planned evenly, 25% a quarter. */
  phasings: z.array(ZPhasing),
});
export type TTargetGrid = z.output<typeof ZTargetGrid>;

/** The year's targets of a bloc per unit and criterion. Unit users see their own unit's only. */
export async function list({ ctx, input }: { ctx: AuthedContext; input: TTargetsListInput }): Promise<TTargetGrid> {
  const { blocId, year } = input;
  await assertCanReadBloc(ctx, blocId, year);
  const [blocYear, set] = await Promise.all([
    loadBlocYear(ctx.prisma, blocId, year),
    ctx.prisma.criteriaSet.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        criteria: {
          select: {
            id: true,
            code: true,
            name: true,
            unitOfMeasure: true,
            maxPoints: true,
            kind: true,
            rule: true,
            reporting: true,
            accumulation: true,
            group: { select: { code: true } },
          },
          orderBy: { position: "asc" },
        },
      },
    }),
  ]);
  if (!set) throw notFound("notFound.criteriaSet", { year });
  const units = seesDrafts(ctx.user, blocId)
    ? blocYear.members
    : blocYear.members.filter((unit) => unit.id === ctx.user.unitId);
  const criteria = set.criteria.filter((criterion) => usesTarget(storedRule(criterion)));
  const [rows, phasings] = await Promise.all([
    ctx.prisma.target.findMany({
      where: { unitId: { in: units.map((unit) => unit.id) }, criterionId: { in: criteria.map((c) => c.id) } },
      select: { unitId: true, criterionId: true, value: true, version: true, updatedAt: true },
    }),
    loadPhasings(
      ctx.prisma,
      criteria.map((criterion) => criterion.id),
    ),
  ]);
  return {
    units,
    criteria: criteria.map(({ id, code, name, unitOfMeasure, maxPoints, kind, group, ...criterion }) => ({
      id,
      code,
      name,
      unitOfMeasure,
      maxPoints: Number(maxPoints),
      kind: kind as "TARGET_PERCENT" | "BANDS",
      groupCode: group.code,
      phaseable: mayBePhased(criterion),
    })),
    targets: rows.map((row) => ({ ...row, value: Number(row.value) })),
    phasings,
  };
}
