import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation } from "../../errors";
import { criteriaSetSelect } from "../../data/criteria-set";
import { lockedQuartersNow } from "../../quarters/locked-quarters";
import { setSnapshot } from "./rows";
import { ZId, ZYear } from "../../schemas";
import { loadCriteriaSetTree, type TCriteriaSetTree } from "./tree";

export const ZCopyFromYearInput = z.object({
  blocId: ZId,
  year: ZYear,
  /** The year to copy; the year before by default. */
  sourceYear: ZYear.optional(),
});
export type TCopyFromYearInput = z.infer<typeof ZCopyFromYearInput>;

/** Starts a year's covenant from an earlier one: groups and criteria, not its targets or results. */
export async function copyFromYear({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TCopyFromYearInput;
}): Promise<TCriteriaSetTree> {
  await assertCanManageBloc(ctx, input.blocId);
  const { blocId, year } = input;
  const sourceYear = input.sourceYear ?? year - 1;
  const exists = () => new AppError("CONFLICT", "criteriaSet.exists", { year });

  await ctx.prisma.$transaction(async (tx) => {
    // A year locked before it had a set shows no figures; a copied set would give it some.
    const locked = await lockedQuartersNow(tx, [input]);
    const current = await tx.criteriaSet.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true } });
    if (current) throw exists();
    const source = await tx.criteriaSet.findUnique({
      where: { blocId_year: { blocId, year: sourceYear } },
      select: criteriaSetSelect,
    });
    if (!source) throw new AppError("NOT_FOUND", "criteriaSet.noSource", { year: sourceYear });

    let setId: string;
    try {
      ({ id: setId } = await tx.criteriaSet.create({
        data: {
          blocId,
          year,
          name: source.name,
          contentMaxPoints: source.contentMaxPoints,
          bonusCap: source.bonusCap,
          classification: source.classification ?? [],
          tieBreak: source.tieBreak ?? [],
          awardRules: source.awardRules ?? [],
          copiedFromId: source.id,
        },
        select: { id: true },
      }));
    } catch (error) {
      if (isUniqueViolation(error)) throw exists();
      throw error;
    }
    const groups = await tx.criteriaGroup.createManyAndReturn({
      data: source.groups.map(({ code, name, position }) => ({ setId, code, name, position })),
      select: { id: true, code: true },
    });
    const newGroupIds = new Map(groups.map((group) => [group.code, group.id]));
    const groupIdBySource = new Map(source.groups.map((group) => [group.id, newGroupIds.get(group.code) as string]));
    await tx.criterion.createMany({
      data: source.criteria.map(({ id: _, groupId, rule, ...criterion }) => ({
        ...criterion,
        rule: rule ?? {},
        setId,
        groupId: groupIdBySource.get(groupId) as string,
      })),
    });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        blocId,
        entity: "criteriaSet",
        entityId: setId,
        action: "create",
        after: {
          ...setSnapshot({
            ...source,
            contentMaxPoints: Number(source.contentMaxPoints),
            bonusCap: Number(source.bonusCap),
          }),
          copiedFromYear: sourceYear,
          criteria: source.criteria.length,
        },
      },
    ]);
    await locked.assertUnchanged();
  });
  return (await loadCriteriaSetTree(ctx.prisma, blocId, year, ctx.locale)) as TCriteriaSetTree;
}
