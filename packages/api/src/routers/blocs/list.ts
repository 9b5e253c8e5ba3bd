import { z } from "zod";
import type { Prisma } from "@thidua/db";
import type { SessionUser } from "../../auth/session";
import type { AuthedContext } from "../../context";
import { ZYear } from "../../schemas";

export const ZListBlocsInput = z.object({ year: ZYear.optional() }).default({});

export const ZBlocSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  province: z.object({ id: z.string(), name: z.string() }),
  /** The latest year the caller may read; null for a bloc without years. */
  latestYear: z.number().int().nullable(),
  /** Members in the requested year, or else in the latest year. */
  memberCount: z.number().int(),
  /** An archived bloc is history: readable, with no new year. */
  archivedAt: z.date().nullable(),
});
export type TBlocSummary = z.output<typeof ZBlocSummary>;

/** The blocs a user may read (as assertCanReadBloc decides), or null for none at all. */
function readableBlocs(user: SessionUser): Prisma.BlocWhereInput | null {
  switch (user.role) {
    case "ADMIN":
      return {};
    case "COORDINATOR":
      return { id: { in: user.coordinatedBlocIds } };
    case "LEADER":
      return user.provinceId ? { provinceId: user.provinceId } : null;
    case "UNIT":
      return user.unitId ? { years: { some: { members: { some: { unitId: user.unitId } } } } } : null;
  }
}

export async function list({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZListBlocsInput>;
}): Promise<TBlocSummary[]> {
  const readable = readableBlocs(ctx.user);
  if (!readable) return [];
  // A unit user reads only the years its unit was a member in.
  const readableYears: Prisma.BlocYearWhereInput =
    ctx.user.role === "UNIT" && ctx.user.unitId ? { members: { some: { unitId: ctx.user.unitId } } } : {};
  const blocs = await ctx.prisma.bloc.findMany({
    where: {
      ...readable,
      ...(input.year === undefined ? {} : { AND: [{ years: { some: { ...readableYears, year: input.year } } }] }),
    },
    select: {
      id: true,
      code: true,
      name: true,
      province: { select: { id: true, name: true } },
      archivedAt: true,
      years: {
        where: readableYears,
        select: { year: true, _count: { select: { members: true } } },
        orderBy: { year: "desc" },
      },
    },
    orderBy: { code: "asc" },
  });
  return blocs.map(({ years, ...bloc }) => {
    const described = input.year === undefined ? years[0] : years.find((row) => row.year === input.year);
    return { ...bloc, latestYear: years[0]?.year ?? null, memberCount: described?._count.members ?? 0 };
  });
}
