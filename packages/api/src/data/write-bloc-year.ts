import type { Prisma } from "@thidua/db";
import { recordAudit, type AuditEntry } from "../audit/record";
import { readableProvinceIds } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, isUniqueViolation, notFound } from "../errors";
import { translate } from "../i18n/translate";
import { loadBlocYear, type TBlocYear } from "./bloc-year";
import { keepingLockedQuarters } from "../quarters/locked-quarters";

/** A bloc-year as a save writes it: the members in display order and who leads them. */
export interface BlocYearWrite {
  blocId: string;
  year: number;
  /** The version that was read; null to start the year. */
  version: number | null;
  memberUnitIds: string[];
  headUnitId: string | null;
  deputyUnitId: string | null;
}

type Tx = Prisma.TransactionClient;

/** What the audit log keeps of a bloc-year: names too, so the history reads without joins. */
type LeadershipSnapshot = {
  members: { unitId: string; name: string }[];
  headUnitId: string | null;
  deputyUnitId: string | null;
};

const QUARTERS = [1, 2, 3, 4];

const changedMeanwhile = (ctx: AuthedContext, year: number) =>
  new AppError("CONFLICT", "conflict.version", { what: translate("what.blocYear", ctx.locale, { year }) });

/**
 * The units named in the save, checked to be real and listed once. A unit joining the year must
 * be of the bloc's province and not archived before that year; one that already was a member
 * stays, even if it has moved or been archived since, so a past year can still be corrected.
 * A unit of a province the caller may not read is refused by its id: the refusal must not tell its name.
 */
async function memberUnits(
  tx: Tx,
  ctx: AuthedContext,
  { provinceId, year, current }: { provinceId: string; year: number; current: Set<string> },
  unitIds: string[],
) {
  const units = await tx.unit.findMany({
    where: { id: { in: unitIds } },
    select: { id: true, name: true, parentId: true, archivedAt: true },
  });
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  const members: { unitId: string; name: string }[] = [];
  for (const unitId of unitIds) {
    const unit = byId.get(unitId);
    if (!unit) throw notFound("notFound.unit");
    if (seen.has(unitId)) throw new AppError("BAD_REQUEST", "membership.duplicate", { unit: unit.name });
    if (!current.has(unitId)) {
      if (unit.parentId !== provinceId) {
        const readable = await readableProvinceIds(ctx);
        const named = readable === "all" || readable.includes(unit.parentId ?? unit.id);
        throw new AppError("BAD_REQUEST", "membership.otherProvince", { unit: named ? unit.name : unit.id });
      }
      if (unit.archivedAt && unit.archivedAt.getUTCFullYear() < year)
        throw new AppError("BAD_REQUEST", "membership.archived", { unit: unit.name, year });
    }
    seen.add(unitId);
    members.push({ unitId, name: unit.name });
  }
  return members;
}

function assertLeadersAreMembers(input: BlocYearWrite) {
  const { headUnitId, deputyUnitId, memberUnitIds } = input;
  for (const leader of [headUnitId, deputyUnitId]) {
    if (leader !== null && !memberUnitIds.includes(leader))
      throw new AppError("BAD_REQUEST", "membership.headNotMember");
  }
  if (headUnitId !== null && headUnitId === deputyUnitId) throw new AppError("BAD_REQUEST", "membership.headIsDeputy");
}

/**
 * Writes a bloc-year's members and leadership inside the caller's transaction, with its missing
 * quarters and the audit rows. Every refusal is raised before the first write.
 */
export async function writeBlocYear(tx: Tx, ctx: AuthedContext, input: BlocYearWrite): Promise<TBlocYear> {
  // Members are who a locked quarter ranks: joining or leaving would change it.
  return keepingLockedQuarters(tx, [input], () => writeUnguarded(tx, ctx, input));
}

async function writeUnguarded(tx: Tx, ctx: AuthedContext, input: BlocYearWrite): Promise<TBlocYear> {
  const { blocId, year } = input;
  const bloc = await tx.bloc.findUnique({ where: { id: blocId }, select: { provinceId: true, archivedAt: true } });
  if (!bloc) throw notFound("notFound.bloc");

  const existing = await tx.blocYear.findUnique({
    where: { blocId_year: { blocId, year } },
    select: {
      id: true,
      version: true,
      headUnitId: true,
      deputyUnitId: true,
      members: { select: { unitId: true, unit: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
  });
  if ((existing?.version ?? null) !== input.version) throw changedMeanwhile(ctx, year);
  // An archived bloc keeps its years but starts no new one.
  if (!existing && bloc.archivedAt) throw new AppError("BAD_REQUEST", "bloc.archived");
  const current = new Set(existing?.members.map((member) => member.unitId) ?? []);
  const members = await memberUnits(tx, ctx, { provinceId: bloc.provinceId, year, current }, input.memberUnitIds);
  assertLeadersAreMembers(input);

  const taken = await tx.membership.findMany({
    where: { year, unitId: { in: input.memberUnitIds }, blocYear: { blocId: { not: blocId } } },
    select: { unit: { select: { name: true } } },
  });
  if (taken.length > 0) {
    throw new AppError("CONFLICT", "membership.taken", { unit: taken.map((row) => row.unit.name).join(", "), year });
  }

  const removed = existing?.members.filter((member) => !input.memberUnitIds.includes(member.unitId)) ?? [];
  if (removed.length > 0) {
    // Results of a removed member would stay behind, scored for a bloc it no longer belongs to.
    const scored = await tx.result.findMany({
      where: { unitId: { in: removed.map((member) => member.unitId) }, criterion: { set: { blocId, year } } },
      select: { unitId: true },
      distinct: ["unitId"],
    });
    const scoredIds = new Set(scored.map((row) => row.unitId));
    const names = removed.filter((member) => scoredIds.has(member.unitId)).map((member) => member.unit.name);
    if (names.length > 0) throw new AppError("CONFLICT", "membership.hasResults", { unit: names.join(", "), year });
  }

  const before: LeadershipSnapshot | null = existing && {
    members: existing.members.map((member) => ({ unitId: member.unitId, name: member.unit.name })),
    headUnitId: existing.headUnitId,
    deputyUnitId: existing.deputyUnitId,
  };
  const leadership = { headUnitId: input.headUnitId, deputyUnitId: input.deputyUnitId };
  const after: LeadershipSnapshot = { members, ...leadership };
  // A save that changes nothing keeps its version and leaves no audit row.
  const changed = JSON.stringify(before) !== JSON.stringify(after);

  let blocYearId: string;
  if (existing) {
    blocYearId = existing.id;
    if (changed) {
      // Re-checks the version at write time: a save committed since our read makes this match nothing.
      const { count } = await tx.blocYear.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...leadership, version: { increment: 1 } },
      });
      if (count === 0) throw changedMeanwhile(ctx, year);
      await tx.membership.deleteMany({ where: { blocYearId } });
    }
  } else {
    blocYearId = (await tx.blocYear.create({ data: { blocId, year, ...leadership }, select: { id: true } })).id;
  }
  if (changed) {
    await tx.membership.createMany({
      data: input.memberUnitIds.map((unitId, position) => ({ blocYearId, unitId, year, position })),
    });
  }

  const present = await tx.period.findMany({ where: { blocYearId }, select: { quarter: true } });
  const missing = QUARTERS.filter((quarter) => !present.some((period) => period.quarter === quarter));
  const created = await tx.period.createManyAndReturn({
    data: missing.map((quarter) => ({ blocYearId, quarter, updatedById: ctx.user.id })),
    select: { id: true, quarter: true, status: true },
  });

  const audit: AuditEntry[] = created.map((period) => ({
    userId: ctx.user.id,
    entity: "period",
    entityId: period.id,
    action: "create",
    after: { quarter: period.quarter, status: period.status },
    blocId,
  }));
  if (changed) {
    audit.unshift({
      userId: ctx.user.id,
      entity: "blocYear",
      entityId: blocYearId,
      action: existing ? "update" : "create",
      before,
      after,
      blocId,
    });
  }
  await recordAudit(tx, audit);

  const saved = await loadBlocYear(tx, ctx.user, blocId, year);
  if (!saved) throw notFound("notFound.blocYear", { year });
  return saved;
}

/** Runs a bloc-year write in one transaction, reporting a lost race as a version conflict. */
export async function inTransaction<T>(ctx: AuthedContext, year: number, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await ctx.prisma.$transaction(work);
  } catch (error) {
    // Another save created the year, or gave one of our units to another bloc, while we were checking.
    if (isUniqueViolation(error)) throw changedMeanwhile(ctx, year);
    throw error;
  }
}
