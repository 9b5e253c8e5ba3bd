import { z } from "zod";
import type { Prisma } from "@thidua/db";
import { recordAudit, type AuditEntry } from "../../audit/record";
import { assertCanManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { translate } from "../../i18n/translate";
import { criteriaSetSelect } from "../../data/criteria-set";
import { keepingLockedQuarters } from "../../quarters/locked-quarters";
import { ZClassificationBand, ZCode, ZCriterionFields, ZPoints, ZTieBreakRule } from "../../criteria/schemas";
import { ZId, ZName, ZYear } from "../../schemas";
import {
  canonical,
  criterionData,
  criterionRows,
  criterionSnapshot,
  setSnapshot,
  storedCriterionRows,
  type CriterionRow,
} from "./rows";
import { checkSet } from "./set-check";
import { loadCriteriaSetTree, type TCriteriaSetTree } from "./tree";

export const ZSaveCriteriaSetInput = z.object({
  blocId: ZId,
  year: ZYear,
  /** The version that was read; null to create the year's set. */
  version: z.number().int().min(1).nullable(),
  name: ZName(200),
  contentMaxPoints: ZPoints,
  bonusCap: ZPoints,
  classification: z.array(ZClassificationBand).max(10),
  tieBreak: z.array(ZTieBreakRule).max(10),
  /** In display order; criteria in display order within their group. */
  groups: z
    .array(
      z.object({
        code: ZCode,
        name: ZName(300),
        criteria: z.array(ZCriterionFields).max(100),
      }),
    )
    .min(1)
    .max(30),
});
export type TSaveCriteriaSetInput = z.infer<typeof ZSaveCriteriaSetInput>;

type Tx = Prisma.TransactionClient;

function setFields(input: TSaveCriteriaSetInput) {
  return {
    name: input.name,
    contentMaxPoints: input.contentMaxPoints,
    bonusCap: input.bonusCap,
    classification: input.classification,
    tieBreak: input.tieBreak,
  };
}

async function createSet(ctx: AuthedContext, tx: Tx, input: TSaveCriteriaSetInput): Promise<void> {
  const exists = await tx.criteriaSet.findUnique({
    where: { blocId_year: { blocId: input.blocId, year: input.year } },
    select: { id: true },
  });
  if (exists) throw new AppError("CONFLICT", "criteriaSet.exists", { year: input.year });
  let setId: string;
  try {
    ({ id: setId } = await tx.criteriaSet.create({
      data: { blocId: input.blocId, year: input.year, ...setFields(input) },
      select: { id: true },
    }));
  } catch (error) {
    // Someone created the year's set between our check and our insert.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "criteriaSet.exists", { year: input.year });
    throw error;
  }
  const groups = await tx.criteriaGroup.createManyAndReturn({
    data: input.groups.map((group, position) => ({ setId, code: group.code, name: group.name, position })),
    select: { id: true, code: true },
  });
  const groupIds = new Map(groups.map((group) => [group.code, group.id]));
  const rows = criterionRows(input.groups);
  const created = await tx.criterion.createManyAndReturn({
    data: rows.map((row) => ({ setId, ...criterionData(row, groupIds.get(row.groupCode) as string) })),
    select: { id: true, code: true },
  });
  const createdIds = new Map(created.map((criterion) => [criterion.code, criterion.id]));
  const audit = (entry: Omit<AuditEntry, "userId" | "blocId">): AuditEntry => ({
    ...entry,
    userId: ctx.user.id,
    blocId: input.blocId,
  });
  await recordAudit(tx, [
    audit({ entity: "criteriaSet", entityId: setId, action: "create", after: setSnapshot(input) }),
    ...rows.map((row) =>
      audit({
        entity: "criterion",
        entityId: createdIds.get(row.code) as string,
        action: "create",
        after: criterionSnapshot(row),
      }),
    ),
  ]);
}

/**
 * Replaces the set's content by code: groups and criteria whose code is kept keep their row (and
 * with it their targets and results); new codes are created, missing ones removed.
 */
async function replaceSet(ctx: AuthedContext, tx: Tx, input: TSaveCriteriaSetInput, version: number): Promise<void> {
  const stored = await tx.criteriaSet.findUnique({
    where: { blocId_year: { blocId: input.blocId, year: input.year } },
    select: criteriaSetSelect,
  });
  if (!stored) throw notFound("notFound.criteriaSet", { year: input.year });
  const conflict = () =>
    new AppError("CONFLICT", "conflict.version", { what: translate("what.criteriaSet", ctx.locale) });
  if (stored.version !== version) throw conflict();
  // The version check and the row lock in one statement: a concurrent save waits here, then finds a new version.
  const { count } = await tx.criteriaSet.updateMany({
    where: { id: stored.id, version },
    data: { ...setFields(input), version: { increment: 1 } },
  });
  if (count === 0) throw conflict();

  const rows = criterionRows(input.groups);
  const wanted = new Set(rows.map((row) => row.code));
  const existing = storedCriterionRows(stored);
  const removed = existing.filter((criterion) => !wanted.has(criterion.code));
  if (removed.length > 0) {
    const withResults = await tx.result.findMany({
      where: { criterionId: { in: removed.map((criterion) => criterion.id) } },
      distinct: ["criterionId"],
      select: { criterionId: true },
    });
    if (withResults.length > 0) {
      const ids = new Set(withResults.map((result) => result.criterionId));
      const codes = removed.filter((criterion) => ids.has(criterion.id)).map((criterion) => criterion.code);
      throw new AppError("PRECONDITION_FAILED", "criteriaSet.hasResults", { code: codes.join(", ") });
    }
  }

  const storedGroups = new Map(stored.groups.map((group) => [group.code, group]));
  const newGroups = await tx.criteriaGroup.createManyAndReturn({
    data: input.groups.flatMap((group, position) =>
      storedGroups.has(group.code) ? [] : [{ setId: stored.id, code: group.code, name: group.name, position }],
    ),
    select: { id: true, code: true },
  });
  const groupIds = new Map([...stored.groups, ...newGroups].map((group) => [group.code, group.id]));
  for (const [position, group] of input.groups.entries()) {
    const before = storedGroups.get(group.code);
    if (before && (before.name !== group.name || before.position !== position)) {
      await tx.criteriaGroup.update({ where: { id: before.id }, data: { name: group.name, position } });
    }
  }

  const existingByCode = new Map(existing.map((criterion) => [criterion.code, criterion]));
  const audit: AuditEntry[] = [];
  const entry = (entityId: string, action: AuditEntry["action"], change: Pick<AuditEntry, "before" | "after">) =>
    audit.push({ userId: ctx.user.id, blocId: input.blocId, entity: "criterion", entityId, action, ...change });

  await tx.criterion.deleteMany({ where: { id: { in: removed.map((criterion) => criterion.id) } } });
  for (const criterion of removed) entry(criterion.id, "delete", { before: criterionSnapshot(criterion) });

  const created: CriterionRow[] = [];
  for (const row of rows) {
    const before = existingByCode.get(row.code);
    if (!before) {
      created.push(row);
      continue;
    }
    const after = criterionSnapshot(row);
    if (canonical(criterionSnapshot(before)) === canonical(after)) continue;
    await tx.criterion.update({
      where: { id: before.id },
      data: criterionData(row, groupIds.get(row.groupCode) as string),
    });
    entry(before.id, "update", { before: criterionSnapshot(before), after });
  }
  const createdRows = await tx.criterion.createManyAndReturn({
    data: created.map((row) => ({ setId: stored.id, ...criterionData(row, groupIds.get(row.groupCode) as string) })),
    select: { id: true, code: true },
  });
  const createdIds = new Map(createdRows.map((criterion) => [criterion.code, criterion.id]));
  for (const row of created) entry(createdIds.get(row.code) as string, "create", { after: criterionSnapshot(row) });

  // Last, once every kept criterion has moved to its new group: a removed group takes nothing with it.
  const keptGroups = new Set(input.groups.map((group) => group.code));
  await tx.criteriaGroup.deleteMany({
    where: { id: { in: stored.groups.filter((group) => !keptGroups.has(group.code)).map((group) => group.id) } },
  });

  const storedShape = {
    ...stored,
    contentMaxPoints: Number(stored.contentMaxPoints),
    bonusCap: Number(stored.bonusCap),
  };
  await recordAudit(tx, [
    {
      userId: ctx.user.id,
      blocId: input.blocId,
      entity: "criteriaSet",
      entityId: stored.id,
      action: "update",
      before: setSnapshot(storedShape),
      after: setSnapshot(input),
    },
    ...audit,
  ]);
}

/** Creates or replaces a bloc-year's set as a whole tree, refusing a set that does not add up. */
export async function save({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: TSaveCriteriaSetInput;
}): Promise<TCriteriaSetTree> {
  await assertCanManageBloc(ctx, input.blocId);
  const { problems } = checkSet(input, ctx.locale);
  if (problems.length > 0) {
    throw new AppError("BAD_REQUEST", "criteriaSet.invalid", {
      problems: problems.map((problem) => problem.message).join("; "),
    });
  }
  const { version } = input;
  await ctx.prisma.$transaction((tx) =>
    keepingLockedQuarters(tx, [input], () =>
      version === null ? createSet(ctx, tx, input) : replaceSet(ctx, tx, input, version),
    ),
  );
  return (await loadCriteriaSetTree(ctx.prisma, input.blocId, input.year, ctx.locale)) as TCriteriaSetTree;
}
