import { z } from "zod";
import type { Prisma, UnitKind } from "@thidua/db";
import { recordAudit } from "../audit/record";
import { readableProvinceIds } from "../auth/access";
import type { AuthedContext } from "../context";
import { AppError, forbidden, isUniqueViolation, notFound } from "../errors";
import { translate } from "../i18n/translate";
import { adminProcedure, authedProcedure, router } from "../trpc";
import { ZCode, ZId, ZName } from "../schemas";

export const ZUnitKind = z.enum([
  "PROVINCE",
  "DISTRICT",
  "TOWN",
  "CITY",
  "COMMUNE",
  "WARD",
  "SPECIAL_ZONE",
  "AGENCY",
  "ORGANISATION",
] as const satisfies readonly UnitKind[]);

export const ZUnit = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: ZUnitKind,
  parentId: z.string().nullable(),
});
export type TUnit = z.output<typeof ZUnit>;

const unitSelect = { id: true, code: true, name: true, kind: true, parentId: true } as const;

export const ZListUnitsInput = z.object({ provinceId: ZId.optional(), kind: ZUnitKind.optional() }).default({});

/** The units of the provinces the caller may read (the provinces themselves included), by code. */
export async function list({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZListUnitsInput>;
}): Promise<TUnit[]> {
  const readable = await readableProvinceIds(ctx);
  if (input.provinceId && readable !== "all" && !readable.includes(input.provinceId)) throw forbidden();
  const provinceIds = input.provinceId ? [input.provinceId] : readable;
  return ctx.prisma.unit.findMany({
    where: {
      ...(provinceIds === "all" ? {} : { OR: [{ id: { in: provinceIds } }, { parentId: { in: provinceIds } }] }),
      ...(input.kind ? { kind: input.kind } : {}),
    },
    select: unitSelect,
    orderBy: { code: "asc" },
  });
}

export const ZProvince = z.object({ id: z.string(), code: z.string(), name: z.string() });

export async function provinces({ ctx }: { ctx: AuthedContext }): Promise<z.output<typeof ZProvince>[]> {
  const readable = await readableProvinceIds(ctx);
  return ctx.prisma.unit.findMany({
    where: { kind: "PROVINCE", ...(readable === "all" ? {} : { id: { in: readable } }) },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
}

export const ZCreateUnitInput = z.object({
  code: ZCode(),
  name: ZName(),
  kind: ZUnitKind,
  parentId: ZId.nullable(),
});

/**
 * Provinces stand alone and every other unit sits directly under one: access (a leader's province,
 * a unit user's province) is read from that single parent link.
 */
async function assertPlacement(tx: Prisma.TransactionClient, kind: UnitKind, parentId: string | null) {
  if (kind === "PROVINCE" || parentId === null) {
    if (kind !== "PROVINCE" || parentId !== null) throw new AppError("BAD_REQUEST", "unit.parentProvince");
    return;
  }
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { kind: true } });
  if (!parent) throw notFound("notFound.unit");
  if (parent.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "unit.parentProvince");
}

export async function create({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZCreateUnitInput>;
}): Promise<TUnit> {
  const taken = () =>
    new AppError("CONFLICT", "conflict.exists", { what: translate("what.unitCode", ctx.locale, { code: input.code }) });
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      await assertPlacement(tx, input.kind, input.parentId);
      if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } })) throw taken();
      const unit = await tx.unit.create({ data: input, select: unitSelect });
      await recordAudit(tx, [
        { userId: ctx.user.id, entity: "unit", entityId: unit.id, action: "create", after: unit },
      ]);
      return unit;
    });
  } catch (error) {
    // Another admin created the same code between our check and our insert.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export const ZUpdateUnitInput = z.object({
  id: ZId,
  name: ZName().optional(),
  kind: ZUnitKind.optional(),
  parentId: ZId.nullable().optional(),
});

export async function update({
  ctx,
  input: { id, ...changes },
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZUpdateUnitInput>;
}): Promise<TUnit> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({
      where: { id },
      select: { ...unitSelect, _count: { select: { children: true, blocs: true } } },
    });
    if (!before) throw notFound("notFound.unit");
    const { _count: dependants, ...unit } = before;
    const after = {
      kind: changes.kind ?? unit.kind,
      parentId: changes.parentId === undefined ? unit.parentId : changes.parentId,
    };
    await assertPlacement(tx, after.kind, after.parentId);
    if (unit.kind === "PROVINCE" && after.kind !== "PROVINCE" && dependants.children + dependants.blocs > 0) {
      throw new AppError("BAD_REQUEST", "unit.provinceInUse", { unit: unit.name });
    }
    const updated = await tx.unit.update({ where: { id }, data: changes, select: unitSelect });
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        entity: "unit",
        entityId: id,
        action: "update",
        before: { name: unit.name, kind: unit.kind, parentId: unit.parentId },
        after: { name: updated.name, kind: updated.kind, parentId: updated.parentId },
      },
    ]);
    return updated;
  });
}

export const unitsRouter = router({
  list: authedProcedure.input(ZListUnitsInput).output(z.array(ZUnit)).query(list),
  provinces: authedProcedure.output(z.array(ZProvince)).query(provinces),
  create: adminProcedure.input(ZCreateUnitInput).output(ZUnit).mutation(create),
  update: adminProcedure.input(ZUpdateUnitInput).output(ZUnit).mutation(update),
});
