import { z } from "zod";
import { assertCanReadBloc, canManageBloc } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { fourQuarters, periodSelect, ZQuarterStatus } from "../../data/quarter-statuses";
import { ZUnitRef } from "../../data/bloc-year";
import { ZBloc } from "./schemas";
import { ZId } from "../../schemas";

export const ZByIdInput = z.object({ id: ZId });

export const ZBlocDetail = ZBloc.extend({
  province: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  /** Newest first. */
  years: z.array(
    z.object({
      year: z.number().int(),
      memberCount: z.number().int(),
      head: ZUnitRef.nullable(),
      deputy: ZUnitRef.nullable(),
      periods: z.array(ZQuarterStatus),
    }),
  ),
  canManage: z.boolean(),
});
export type TBlocDetail = z.output<typeof ZBlocDetail>;

export async function byId({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZByIdInput>;
}): Promise<TBlocDetail> {
  await assertCanReadBloc(ctx, input.id);
  const { user } = ctx;
  const bloc = await ctx.prisma.bloc.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      provinceId: true,
      archivedAt: true,
      province: { select: { id: true, code: true, name: true } },
      years: {
        // A unit user reads only the years its unit was a member in.
        where: user.role === "UNIT" && user.unitId ? { members: { some: { unitId: user.unitId } } } : {},
        select: {
          year: true,
          headUnit: { select: { id: true, name: true } },
          deputyUnit: { select: { id: true, name: true } },
          periods: { select: periodSelect },
          _count: { select: { members: true } },
        },
        orderBy: { year: "desc" },
      },
    },
  });
  if (!bloc) throw notFound("notFound.bloc");
  const ref = (unit: { id: string; name: string } | null) => (unit ? { unitId: unit.id, name: unit.name } : null);
  return {
    ...bloc,
    years: await Promise.all(
      bloc.years.map(async (row) => ({
        year: row.year,
        memberCount: row._count.members,
        head: ref(row.headUnit),
        deputy: ref(row.deputyUnit),
        periods: await fourQuarters(ctx.prisma, row.periods),
      })),
    ),
    canManage: canManageBloc(user, bloc.id),
  };
}
