import { z } from "zod";
import type { Prisma } from "@thidua/db";
import { recordAudit } from "../../audit/record";
import { assertCanManageBloc, assertCanReadBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { translate } from "../../i18n/translate";
import { awardRulesOf } from "./final-ranking";
import type { ZBlocYearInput, ZSaveRulesInput } from "./schemas";
import { ZAwardRule } from "./schemas";

export const ZAwardRules = z.object({
  setVersion: z.number().int(),
  rules: z.array(ZAwardRule),
  /** No rules are stored yet: these are the usual ones, offered to start from. */
  isDefault: z.boolean(),
  classes: z.array(z.object({ code: z.string(), label: z.string() })),
});

type Bands = { code: string; label: string; minTotal: number }[];

async function storedSet(ctx: AuthedContext, blocId: string, year: number) {
  const set = await ctx.prisma.criteriaSet.findUnique({
    where: { blocId_year: { blocId, year } },
    select: { id: true, version: true, awardRules: true, classification: true },
  });
  if (!set) throw notFound("notFound.criteriaSet", { year });
  const bands = [...(set.classification as Bands)].sort((a, b) => b.minTotal - a.minTotal);
  return { set, bands };
}

/** The year's award rules, part of its criteria set. */
export async function rules({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZBlocYearInput> }) {
  await assertCanReadBloc(ctx, input.blocId, input.year);
  const { set, bands } = await storedSet(ctx, input.blocId, input.year);
  return {
    setVersion: set.version,
    ...awardRulesOf(set.awardRules, bands[0]?.code ?? null),
    classes: bands.map(({ code, label }) => ({ code, label })),
  };
}

/** Saves the year's award rules into its criteria set, at the version read, audited in the same transaction. */
export async function saveRules({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZSaveRulesInput> }) {
  const { blocId, year } = input;
  await assertCanManageBloc(ctx, blocId);
  const { set, bands } = await storedSet(ctx, blocId, year);
  const codes = new Set<string>();
  for (const rule of input.rules) {
    if (codes.has(rule.code)) throw new AppError("BAD_REQUEST", "awards.duplicateRule", { code: rule.code });
    codes.add(rule.code);
    const unknown = rule.classCodes.find((code) => !bands.some((band) => band.code === code));
    if (unknown) throw new AppError("BAD_REQUEST", "awards.unknownClass", { code: rule.code, classCode: unknown });
  }
  const saved = await ctx.prisma.$transaction(async (tx) => {
    const [updated] = await tx.criteriaSet.updateManyAndReturn({
      where: { id: set.id, version: input.version },
      data: { awardRules: input.rules as Prisma.InputJsonArray, version: { increment: 1 } },
      select: { version: true },
    });
    if (!updated)
      throw new AppError("CONFLICT", "conflict.version", { what: translate("what.criteriaSet", ctx.locale) });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        blocId,
        entity: "criteriaSet",
        entityId: set.id,
        action: "update",
        before: { awardRules: set.awardRules as Prisma.InputJsonArray },
        after: { awardRules: input.rules as Prisma.InputJsonArray },
      },
    ]);
    return updated;
  });
  return {
    setVersion: saved.version,
    rules: input.rules,
    isDefault: false,
    classes: bands.map(({ code, label }) => ({ code, label })),
  };
}
