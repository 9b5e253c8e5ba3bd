import { z } from "zod";
import { matchesSearch } from "@thidua/core";
import type { Prisma } from "@thidua/db";
import { loadAccounts } from "../../accounts/load";
import { ZAccount, ZRole } from "../../accounts/schemas";
import type { AuthedContext } from "../../context";
import { ZId, ZLine } from "../../schemas";

export const ZListAccountsInput = z
  .object({
    /** Words of the username or name, without diacritics if one likes ("bat xat"). */
    search: ZLine(100).default(""),
    role: ZRole.optional(),
    status: z.enum(["active", "inactive", "all"]).default("all"),
    /** Accounts that reach into this province: its leaders, its units' users, its blocs' coordinators. */
    provinceId: ZId.optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(50),
  })
  .default({ search: "", status: "all", page: 1, pageSize: 50 });

export const ZAccountPage = z.object({
  items: z.array(ZAccount),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TAccountPage = z.output<typeof ZAccountPage>;

/**
 * Accounts by username, filtered and one page at a time. The search folds diacritics, which
 * SQL cannot do the same way on PGlite and PostgreSQL, so it runs over the usernames and names
 * of the filtered accounts (a few thousand at national scale) and only the page is loaded whole.
 */
export async function list({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.output<typeof ZListAccountsInput>;
}): Promise<TAccountPage> {
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.status === "all" ? {} : { active: input.status === "active" }),
    ...(input.provinceId
      ? {
          OR: [
            { provinceId: input.provinceId },
            { unit: { parentId: input.provinceId } },
            { coordinates: { some: { bloc: { provinceId: input.provinceId } } } },
          ],
        }
      : {}),
  };
  const candidates = await ctx.prisma.user.findMany({
    where,
    select: { id: true, username: true, displayName: true },
    orderBy: { username: "asc" },
  });
  const matching = input.search
    ? candidates.filter((user) => matchesSearch(input.search, user.username, user.displayName))
    : candidates;
  const start = (input.page - 1) * input.pageSize;
  const ids = matching.slice(start, start + input.pageSize).map((user) => user.id);
  return {
    items: await loadAccounts(ctx.prisma, ids),
    total: matching.length,
    page: input.page,
    pageSize: input.pageSize,
  };
}
