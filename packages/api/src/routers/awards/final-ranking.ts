import { z } from "zod";
import { defaultAwardRules, proposeAwards, rankBloc, type AwardOutcome, type AwardRule } from "@thidua/core";
import { assertCanReadBloc, seesDrafts } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { forbidden, notFound } from "../../errors";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import { loadBlocData } from "../../data/bloc-data";
import { periodStatus } from "../../data/bloc-year-grid";
import { ZAwardRule } from "./schemas";

/** The year's rules as stored, or the usual ones when the bloc has set none yet (then flagged). */
export function awardRulesOf(stored: unknown, topClassCode: string | null): { rules: AwardRule[]; isDefault: boolean } {
  const parsed = z.array(ZAwardRule).safeParse(stored);
  if (parsed.success && parsed.data.length > 0) return { rules: parsed.data, isDefault: false };
  return { rules: defaultAwardRules(topClassCode), isDefault: true };
}

/**
 * The bloc's final ranking (the fourth quarter, year to date, verified) and what the rules propose
 * from it. The deliberation is the bloc's own business: its managers and its province's leaders
 * read it, member units do not.
 */
export async function finalRanking(ctx: AuthedContext, blocId: string, year: number) {
  await assertCanReadBloc(ctx, blocId, year);
  if (!seesDrafts(ctx.user, blocId)) throw forbidden();
  const data = await loadBlocData(ctx.prisma, blocId, year, { throughQuarter: 4 });
  if (!data) throw notFound("notFound.criteriaSet", { year });
  const status = periodStatus(data.blocYear, 4);
  const ranking = rankBloc(data.input, { quarter: 4, basis: "YTD" }, { side: "verified" });
  const bands = [...data.def.classification].sort((a, b) => b.minTotal - a.minTotal);
  const { rules, isDefault } = awardRulesOf(data.set.awardRules, bands[0]?.code ?? null);
  const outcomes = proposeAwards(
    ranking.entries.map((entry) => ({
      unitId: entry.unitId,
      unitName: entry.unitName,
      rank: entry.rank,
      total: entry.total,
      classificationCode: entry.classification.band?.code ?? null,
      passing: entry.classification.passing,
      knockedOut: entry.knockedOut,
    })),
    rules,
  );
  return { data, status, final: status !== "OPEN", ranking, bands, rules, isDefault, outcomes };
}

/** Why the rules did not propose a unit for an award, in words. */
export function refusalText(
  refusal: AwardOutcome["refusals"][number]["refusal"],
  context: { rank: number; classification: string | null; labelOf: (code: string) => string },
  locale: Locale,
): string {
  switch (refusal.reason) {
    case "RANK":
      return translate("awards.refusal.RANK", locale, { rank: context.rank, maxRank: refusal.maxRank });
    case "CLASS":
      return translate("awards.refusal.CLASS", locale, {
        classification: context.classification ?? "–",
        classes: refusal.classCodes.map(context.labelOf).join(", "),
      });
    case "COUNT_REACHED":
      return translate("awards.refusal.COUNT_REACHED", locale, { count: refusal.count });
    case "TIE_AT_LIMIT":
      return translate("awards.refusal.TIE_AT_LIMIT", locale, {
        count: refusal.count,
        tiedWith: refusal.tiedWith.join(", "),
      });
    default:
      return translate(`awards.refusal.${refusal.reason}`, locale);
  }
}
