import { z } from "zod";
import type { AuthedContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { ZId } from "../../schemas";
import { ZCoordinator } from "../../data/coordinators";
import { unitSelect, ZUnit } from "../../organisation/units";

export const ZProvinceInput = z.object({ provinceId: ZId });

export const ZOrganisation = z.object({
  province: ZUnit,
  /** Every unit under the province, archived ones included, by code. */
  units: z.array(ZUnit),
  blocs: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      archivedAt: z.date().nullable(),
      latestYear: z.number().int().nullable(),
      memberCount: z.number().int(),
      coordinators: z.array(ZCoordinator),
    }),
  ),
});
export type TOrganisation = z.output<typeof ZOrganisation>;

/** A province as its administrator organises it: its units, and its blocs with their coordinators. */
export async function province({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZProvinceInput> }) {
  const found = await ctx.prisma.unit.findUnique({ where: { id: input.provinceId }, select: unitSelect });
  if (!found) throw notFound("notFound.unit");
  if (found.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "bloc.notProvince");
  const [units, blocs] = await Promise.all([
    ctx.prisma.unit.findMany({ where: { parentId: found.id }, select: unitSelect, orderBy: { code: "asc" } }),
    ctx.prisma.bloc.findMany({
      where: { provinceId: found.id },
      select: {
        id: true,
        code: true,
        name: true,
        description: true,
        archivedAt: true,
        years: { select: { year: true, _count: { select: { members: true } } }, orderBy: { year: "desc" }, take: 1 },
        coordinators: {
          select: { assignedAt: true, user: { select: { id: true, username: true, displayName: true, active: true } } },
          orderBy: { user: { username: "asc" } },
        },
      },
      orderBy: { code: "asc" },
    }),
  ]);
  return {
    province: found,
    units,
    blocs: blocs.map(({ years, coordinators, ...bloc }) => ({
      ...bloc,
      latestYear: years[0]?.year ?? null,
      memberCount: years[0]?._count.members ?? 0,
      coordinators: coordinators.map(({ assignedAt, user: { id, ...user } }) => ({ userId: id, ...user, assignedAt })),
    })),
  };
}
