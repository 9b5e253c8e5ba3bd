import { z } from "zod";
import type { Prisma } from "@thidua/db";
import { AUDIT_ENTITIES } from "../audit/record";
import { assertCanReadBloc } from "../auth/access";
import { forbidden } from "../errors";
import type { AuthedContext } from "../context";
import { authedProcedure, router } from "../trpc";
import { ZCode, ZId } from "../schemas";

const ZAuditEntity = z.enum(AUDIT_ENTITIES);

export const ZAuditListInput = z.object({
  blocId: ZId,
  entity: ZAuditEntity.optional(),
  entityId: ZId.optional(),
  /** Changes to this unit: its cells, its targets and the unit itself. */
  unitId: ZId.optional(),
  /** Changes to the criterion of this code in any year of the bloc: its cells, targets and definition. */
  criterionCode: ZCode().optional(),
  /** Changes made by this account. */
  userId: ZId.optional(),
  /** From this instant on, inclusive. */
  from: z.date().optional(),
  /** Before this instant. */
  to: z.date().optional(),
  /** The last id of the previous page. */
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TAuditListInput = z.output<typeof ZAuditListInput>;

/** Written by this server through recordAudit, so it is not checked again on the way out. */
const ZStoredJson = z.custom<Prisma.JsonValue>();

export const ZAuditPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      entity: z.string(),
      entityId: z.string(),
      action: z.string(),
      before: ZStoredJson,
      after: ZStoredJson,
      /** Null once the account is gone. */
      user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
      /** For a cell or a target: whose and which, so the log reads without looking ids up. */
      subject: z
        .object({
          unitName: z.string(),
          criterionCode: z.string(),
          year: z.number().int(),
          /** Null for a target (it is the year's). */
          quarter: z.number().int().nullable(),
        })
        .nullable(),
    }),
  ),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TAuditPage = z.output<typeof ZAuditPage>;

/** The audit rows about a unit or a criterion: its cells, its targets, and itself. */
async function subjectFilter(ctx: AuthedContext, input: TAuditListInput): Promise<Prisma.AuditLogWhereInput[]> {
  const filters: Prisma.AuditLogWhereInput[] = [];
  const where = {
    ...(input.unitId ? { unitId: input.unitId } : {}),
    criterion: { set: { blocId: input.blocId }, ...(input.criterionCode ? { code: input.criterionCode } : {}) },
  };
  if (!input.unitId && !input.criterionCode) return filters;
  const [results, targets, criteria] = await Promise.all([
    ctx.prisma.result.findMany({ where, select: { id: true } }),
    ctx.prisma.target.findMany({ where, select: { id: true } }),
    input.criterionCode && !input.unitId
      ? ctx.prisma.criterion.findMany({
          where: { code: input.criterionCode, set: { blocId: input.blocId } },
          select: { id: true },
        })
      : [],
  ]);
  const subjects: Prisma.AuditLogWhereInput[] = [
    { entity: "result", entityId: { in: results.map((row) => row.id) } },
    { entity: "target", entityId: { in: targets.map((row) => row.id) } },
    ...(criteria.length > 0 ? [{ entity: "criterion", entityId: { in: criteria.map((row) => row.id) } }] : []),
    ...(input.unitId && !input.criterionCode ? [{ entity: "unit", entityId: input.unitId }] : []),
  ];
  return [{ OR: subjects }];
}

type Row = { entity: string; entityId: string };

/** Names the unit and criterion of the page's cell and target rows, in two queries. */
async function subjectsOf(ctx: AuthedContext, rows: Row[]) {
  const ids = (entity: string) => rows.filter((row) => row.entity === entity).map((row) => row.entityId);
  const about = {
    unit: { select: { name: true } },
    criterion: { select: { code: true, set: { select: { year: true } } } },
  };
  const [results, targets] = await Promise.all([
    ctx.prisma.result.findMany({ where: { id: { in: ids("result") } }, select: { id: true, quarter: true, ...about } }),
    ctx.prisma.target.findMany({ where: { id: { in: ids("target") } }, select: { id: true, ...about } }),
  ]);
  const subject = (row: (typeof targets)[number], quarter: number | null) => ({
    unitName: row.unit.name,
    criterionCode: row.criterion.code,
    year: row.criterion.set.year,
    quarter,
  });
  return new Map<string, ReturnType<typeof subject>>([
    ...results.map((row) => [`result|${row.id}`, subject(row, row.quarter)] as const),
    ...targets.map((row) => [`target|${row.id}`, subject(row, null)] as const),
  ]);
}

/**
 * A bloc's change history, newest first: for those who manage the bloc and the province's leaders
 * (who read everything in their province). Unit users see figures, not who changed them.
 */
export async function list({ ctx, input }: { ctx: AuthedContext; input: TAuditListInput }): Promise<TAuditPage> {
  if (ctx.user.role === "UNIT") throw forbidden();
  await assertCanReadBloc(ctx, input.blocId);
  const rows = await ctx.prisma.auditLog.findMany({
    where: {
      blocId: input.blocId,
      ...(input.entity ? { entity: input.entity } : {}),
      ...(input.entityId ? { entityId: input.entityId } : {}),
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.from || input.to
        ? { at: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: input.to } : {}) } }
        : {}),
      AND: await subjectFilter(ctx, input),
    },
    select: {
      id: true,
      at: true,
      entity: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      user: { select: { id: true, displayName: true } },
    },
    // The id breaks ties between the rows one transaction wrote at the same instant.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    // One row more than asked tells whether another page follows.
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  const subjects = await subjectsOf(ctx, page);
  const items = page.map((row) => ({ ...row, subject: subjects.get(`${row.entity}|${row.entityId}`) ?? null }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export const ZAuditFiltersInput = z.object({ blocId: ZId });

export const ZAuditFilters = z.object({
  /** Every unit that was a member in some year, by name. */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The criterion codes of every year's set, in order. */
  criterionCodes: z.array(z.string()),
  /** The accounts that appear in the bloc's log, by name. */
  people: z.array(z.object({ id: z.string(), displayName: z.string() })),
});

/** The choices of the audit log page's filters, for those who may read the log. */
export async function filters({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZAuditFiltersInput>;
}): Promise<z.output<typeof ZAuditFilters>> {
  if (ctx.user.role === "UNIT") throw forbidden();
  await assertCanReadBloc(ctx, input.blocId);
  const [members, criteria, actors] = await Promise.all([
    ctx.prisma.membership.findMany({
      where: { blocYear: { blocId: input.blocId } },
      select: { unit: { select: { id: true, name: true } } },
      distinct: ["unitId"],
    }),
    ctx.prisma.criterion.findMany({
      where: { set: { blocId: input.blocId } },
      select: { code: true },
      distinct: ["code"],
    }),
    ctx.prisma.auditLog.findMany({
      where: { blocId: input.blocId, userId: { not: null } },
      select: { user: { select: { id: true, displayName: true } } },
      distinct: ["userId"],
    }),
  ]);
  const byName = new Intl.Collator("vi");
  const byCode = new Intl.Collator("vi", { numeric: true });
  return {
    units: members.map((member) => member.unit).sort((a, b) => byName.compare(a.name, b.name)),
    criterionCodes: criteria.map((criterion) => criterion.code).sort(byCode.compare),
    people: actors
      .flatMap((row) => (row.user ? [row.user] : []))
      .sort((a, b) => byName.compare(a.displayName, b.displayName)),
  };
}

export const auditRouter = router({
  list: authedProcedure.input(ZAuditListInput).output(ZAuditPage).query(list),
  filters: authedProcedure.input(ZAuditFiltersInput).output(ZAuditFilters).query(filters),
});
