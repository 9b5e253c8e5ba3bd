import { z } from "zod";
import { readableProvinceIds } from "../../auth/access";
import type { AuthedContext } from "../../context";
import { forbidden } from "../../errors";
import { ZId } from "../../schemas";
import { unitSelect, ZUnitKind, type TUnit } from "../../organisation/units";
import { loadReadableProvinces } from "../../data/provinces";

export const ZListUnitsInput = z
  .object({ provinceId: ZId.optional(), kind: ZUnitKind.optional(), includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });

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
      ...(input.includeArchived ? {} : { archivedAt: null }),
    },
    select: unitSelect,
    orderBy: { code: "asc" },
  });
}

/** The provinces the caller may read, by code. */
export const provinces = ({ ctx }: { ctx: AuthedContext }) => loadReadableProvinces(ctx);
