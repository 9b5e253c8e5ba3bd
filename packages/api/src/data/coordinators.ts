import { z } from "zod";
import type { AuthedContext } from "../context";

export const ZCoordinator = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  assignedAt: z.date(),
});
export type TCoordinator = z.output<typeof ZCoordinator>;

export async function coordinatorsOf(ctx: AuthedContext, blocId: string): Promise<TCoordinator[]> {
  const links = await ctx.prisma.blocCoordinator.findMany({
    where: { blocId },
    select: { assignedAt: true, user: { select: { id: true, username: true, displayName: true, active: true } } },
    orderBy: { user: { username: "asc" } },
  });
  return links.map(({ assignedAt, user: { id, ...user } }) => ({ userId: id, ...user, assignedAt }));
}
