import { z } from "zod";
import { canManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { finalRanking, refusalText } from "./final-ranking";
import type { ZBlocYearInput } from "./schemas";
import { ZAwardRule, ZMeeting } from "./schemas";

const ZNominee = z.object({
  unitId: z.string(),
  unitName: z.string(),
  awardCode: z.string().nullable(),
  proposedCode: z.string().nullable(),
  reason: z.string().nullable(),
  votesFor: z.number().int(),
  votesAgainst: z.number().int(),
  votesAbstain: z.number().int(),
});

export const ZDossier = z.object({
  blocId: z.string(),
  blocName: z.string(),
  year: z.number().int(),
  /** The fourth quarter's status: the ranking is final once it is locked or published. */
  status: z.enum(["OPEN", "LOCKED", "PUBLISHED"]),
  final: z.boolean(),
  canEdit: z.boolean(),
  rules: z.array(ZAwardRule),
  rulesAreDefault: z.boolean(),
  /** The set's classes, highest first, by which the rules name them. */
  classes: z.array(z.object({ code: z.string(), label: z.string() })),
  ranking: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      rank: z.number().int(),
      total: z.number(),
      classification: z.string().nullable(),
      knockedOut: z.boolean(),
    }),
  ),
  /** What the rules propose, unit by unit, with why not where they do not. */
  proposal: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      awardCode: z.string().nullable(),
      notes: z.array(z.string()),
    }),
  ),
  saved: z
    .object({ version: z.number().int(), updatedAt: z.date(), meeting: ZMeeting, nominees: z.array(ZNominee) })
    .nullable(),
  /** What a first record starts from: the head unit signs, the province receives. */
  suggested: z.object({
    place: z.string(),
    addressee: z.string(),
    upperBody: z.string(),
    headUnitName: z.string().nullable(),
  }),
});
export type TDossier = z.output<typeof ZDossier>;

export const dossierSelect = {
  id: true,
  version: true,
  updatedAt: true,
  meetingAt: true,
  location: true,
  chairName: true,
  chairPosition: true,
  secretaryName: true,
  secretaryPosition: true,
  attendees: true,
  voters: true,
  minutesNumber: true,
  proposalNumber: true,
  proposalDate: true,
  addressee: true,
  upperBody: true,
  place: true,
  signerName: true,
  nominees: {
    select: {
      unitId: true,
      unit: { select: { name: true } },
      awardCode: true,
      proposedCode: true,
      reason: true,
      votesFor: true,
      votesAgainst: true,
      votesAbstain: true,
    },
    orderBy: { position: "asc" },
  },
} as const;

/** The year-end deliberation of a bloc: final ranking, what the rules propose, and the record as confirmed. */
export async function dossier({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZBlocYearInput>;
}): Promise<TDossier> {
  const { blocId, year } = input;
  const final = await finalRanking(ctx, blocId, year);
  const [bloc, stored, blocYear] = await Promise.all([
    ctx.prisma.bloc.findUniqueOrThrow({
      where: { id: blocId },
      select: { name: true, province: { select: { name: true } } },
    }),
    ctx.prisma.awardDossier.findFirst({ where: { blocYear: { blocId, year } }, select: dossierSelect }),
    ctx.prisma.blocYear.findUnique({
      where: { blocId_year: { blocId, year } },
      select: { headUnit: { select: { name: true } } },
    }),
  ]);
  const labelOf = (code: string) => final.bands.find((band) => band.code === code)?.label ?? code;
  const entries = new Map(final.ranking.entries.map((entry) => [entry.unitId, entry]));
  const province = bloc.province.name.replace(/^Tỉnh\s+/i, "");
  return {
    blocId,
    blocName: bloc.name,
    year,
    status: final.status,
    final: final.final,
    canEdit: final.final && canManageBloc(ctx.user, blocId),
    rules: final.rules,
    rulesAreDefault: final.isDefault,
    classes: final.bands.map(({ code, label }) => ({ code, label })),
    ranking: final.ranking.entries.map((entry) => ({
      unitId: entry.unitId,
      unitName: entry.unitName,
      rank: entry.rank,
      total: entry.total,
      classification: entry.classification.band?.label ?? null,
      knockedOut: entry.knockedOut,
    })),
    proposal: final.outcomes.map((outcome) => {
      const entry = entries.get(outcome.unitId);
      const context = { rank: outcome.rank, classification: entry?.classification.band?.label ?? null, labelOf };
      return {
        unitId: outcome.unitId,
        unitName: outcome.unitName,
        awardCode: outcome.awardCode,
        notes: outcome.refusals.map(
          ({ awardCode, refusal }) =>
            `${final.rules.find((rule) => rule.code === awardCode)?.label ?? awardCode}: ${refusalText(refusal, context, ctx.locale)}`,
        ),
      };
    }),
    saved: stored && {
      version: stored.version,
      updatedAt: stored.updatedAt,
      meeting: {
        meetingAt: stored.meetingAt,
        location: stored.location,
        chairName: stored.chairName,
        chairPosition: stored.chairPosition,
        secretaryName: stored.secretaryName,
        secretaryPosition: stored.secretaryPosition,
        attendees: stored.attendees,
        voters: stored.voters,
        minutesNumber: stored.minutesNumber,
        proposalNumber: stored.proposalNumber,
        proposalDate: stored.proposalDate,
        addressee: stored.addressee,
        upperBody: stored.upperBody,
        place: stored.place,
        signerName: stored.signerName,
      },
      nominees: stored.nominees.map(({ unit, ...nominee }) => ({ ...nominee, unitName: unit.name })),
    },
    suggested: {
      place: province,
      addressee: `Hội đồng Thi đua - Khen thưởng tỉnh ${province}`,
      upperBody: `UBND tỉnh ${province}`,
      headUnitName: blocYear?.headUnit?.name ?? null,
    },
  };
}
