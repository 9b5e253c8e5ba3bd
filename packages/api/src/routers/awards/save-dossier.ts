import type { Prisma } from "@thidua/db";
import { recordAudit } from "../../audit/record";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation } from "../../errors";
import { translate } from "../../i18n/translate";
import { dossier, type TDossier } from "./dossier";
import { finalRanking } from "./final-ranking";
import type { TSaveDossierInput } from "./schemas";

type Final = Awaited<ReturnType<typeof finalRanking>>;

/** Why the confirmed list cannot be kept as it is, or null: every departure from the rules carries a reason. */
function listProblem(final: Final, input: TSaveDossierInput, locale: "vi" | "en"): AppError | null {
  const names = new Map(final.ranking.entries.map((entry) => [entry.unitId, entry.unitName]));
  const proposed = new Map(final.outcomes.map((outcome) => [outcome.unitId, outcome.awardCode]));
  const labelOf = (code: string | null) =>
    code === null ? translate("awards.none", locale) : (final.rules.find((rule) => rule.code === code)?.label ?? code);
  const seen = new Set<string>();
  for (const nominee of input.nominees) {
    const unit = names.get(nominee.unitId);
    if (!unit) return new AppError("BAD_REQUEST", "awards.notMember", { unit: nominee.unitId, year: input.year });
    if (seen.has(nominee.unitId)) return new AppError("BAD_REQUEST", "awards.duplicateUnit", { unit });
    seen.add(nominee.unitId);
    if (nominee.awardCode !== null && !final.rules.some((rule) => rule.code === nominee.awardCode)) {
      return new AppError("BAD_REQUEST", "awards.unknownAward", { unit, code: nominee.awardCode });
    }
    const rulesSay = proposed.get(nominee.unitId) ?? null;
    if (nominee.awardCode !== rulesSay && !nominee.reason) {
      return new AppError("BAD_REQUEST", "awards.reasonNeeded", { unit, proposed: labelOf(rulesSay) });
    }
    const votes = nominee.votesFor + nominee.votesAgainst + nominee.votesAbstain;
    if (votes > input.meeting.voters) {
      return new AppError("BAD_REQUEST", "awards.tooManyVotes", { unit, votes, voters: input.meeting.voters });
    }
  }
  const missing = final.outcomes.find((outcome) => outcome.awardCode !== null && !seen.has(outcome.unitId));
  if (missing) return new AppError("BAD_REQUEST", "awards.proposedMissing", { unit: missing.unitName });
  for (const rule of final.rules) {
    const count = input.nominees.filter((nominee) => nominee.awardCode === rule.code).length;
    if (count > rule.count)
      return new AppError("BAD_REQUEST", "awards.overCount", { award: rule.label, count, limit: rule.count });
  }
  return null;
}

/**
 * Records the year-end deliberation: the meeting, and the list as the coordinator confirmed it
 * against what the rules propose (a reason for every departure), with the votes. Only once the
 * fourth quarter is locked or published, so the ranking it rests on no longer moves; all of it
 * written or none, at the version read, audited in the same transaction.
 */
export async function saveDossier({ ctx, input }: { ctx: AuthedContext; input: TSaveDossierInput }): Promise<TDossier> {
  const { blocId, year } = input;
  await assertCanManageBloc(ctx, blocId);
  const final = await finalRanking(ctx, blocId, year);
  if (!final.final) throw new AppError("PRECONDITION_FAILED", "awards.notFinal", { year });
  const problem = listProblem(final, input, ctx.locale);
  if (problem) throw problem;

  const proposed = new Map(final.outcomes.map((outcome) => [outcome.unitId, outcome.awardCode]));
  const conflict = () =>
    new AppError("CONFLICT", "conflict.version", { what: translate("what.awardDossier", ctx.locale) });
  const nominees = input.nominees.map((nominee, position) => ({
    ...nominee,
    proposedCode: proposed.get(nominee.unitId) ?? null,
    position,
  }));
  try {
    await ctx.prisma.$transaction(async (tx) => {
      // The ranking rests on quarter IV: a reopening meanwhile waits for this write, or this write sees it.
      const [period] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status" FROM "Period" WHERE "blocYearId" = ${final.data.blocYear.id} AND "quarter" = 4 FOR SHARE`;
      if (!period || period.status === "OPEN") throw new AppError("PRECONDITION_FAILED", "awards.notFinal", { year });
      const existing = await tx.awardDossier.findUnique({
        where: { blocYearId: final.data.blocYear.id },
        select: { id: true, version: true, nominees: { select: { unitId: true, awardCode: true, reason: true } } },
      });
      if ((existing?.version ?? null) !== input.version) throw conflict();
      const data = { ...input.meeting, updatedById: ctx.user.id };
      const saved = existing
        ? await tx.awardDossier.update({
            where: { id: existing.id, version: existing.version },
            data: { ...data, version: { increment: 1 } },
            select: { id: true },
          })
        : await tx.awardDossier.create({ data: { ...data, blocYearId: final.data.blocYear.id }, select: { id: true } });
      await tx.awardNominee.deleteMany({ where: { dossierId: saved.id } });
      await tx.awardNominee.createMany({ data: nominees.map((nominee) => ({ ...nominee, dossierId: saved.id })) });
      const snapshot = (entries: { unitId: string; awardCode: string | null; reason: string | null }[]) =>
        entries.map(({ unitId, awardCode, reason }) => ({ unitId, awardCode, reason })) as Prisma.InputJsonArray;
      await recordAudit(tx, [
        {
          userId: ctx.user.id,
          blocId,
          entity: "awardDossier",
          entityId: saved.id,
          action: existing ? "update" : "create",
          before: existing ? { nominees: snapshot(existing.nominees) } : null,
          after: {
            ...input.meeting,
            meetingAt: input.meeting.meetingAt.toISOString(),
            proposalDate: input.meeting.proposalDate.toISOString(),
            nominees: snapshot(nominees),
          },
        },
      ]);
    });
  } catch (error) {
    // Two first saves at once: the second finds the unique bloc-year taken.
    if (isUniqueViolation(error)) throw conflict();
    // An update whose version moved between our read and our write finds no row.
    if (error instanceof Error && "code" in error && error.code === "P2025") throw conflict();
    throw error;
  }
  return dossier({ ctx, input: { blocId, year } });
}
