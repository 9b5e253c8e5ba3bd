import { z } from "zod";
import { readableProvinceIds } from "../auth/access";
import type { AuthedContext } from "../context";

export const ZProvince = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type TProvince = z.output<typeof ZProvince>;

/** The provinces the caller may read, by code: the province picker's choices. */
export async function loadReadableProvinces(ctx: AuthedContext): Promise<TProvince[]> {
  const readable = await readableProvinceIds(ctx);
  return ctx.prisma.unit.findMany({
    where: { kind: "PROVINCE", archivedAt: null, ...(readable === "all" ? {} : { id: { in: readable } }) },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
}
