import type { Prisma } from "@thidua/db";
import { recordAudit } from "../audit/record";
import { AppError } from "../errors";
import { lockedQuartersNow } from "../quarters/locked-quarters";

/**
 * Takes an archived unit out of the bloc years after the current one (started early by a copy),
 * which have no results yet; the years it took part in keep it. Refused, naming the bloc and
 * year, if one of those future years already has its results.
 */
export async function leaveFutureYears(
  tx: Prisma.TransactionClient,
  actorId: string,
  unit: { id: string; name: string },
  afterYear: number,
) {
  const memberships = await tx.membership.findMany({
    where: { unitId: unit.id, year: { gt: afterYear } },
    select: {
      id: true,
      year: true,
      blocYear: {
        select: { id: true, blocId: true, headUnitId: true, deputyUnitId: true, bloc: { select: { code: true } } },
      },
    },
  });
  for (const membership of memberships) {
    const { blocYear } = membership;
    // Leaving changes who a locked quarter of that year ranks.
    const locked = await lockedQuartersNow(tx, [{ blocId: blocYear.blocId, year: membership.year }]);
    const scored = await tx.result.count({
      where: { unitId: unit.id, criterion: { set: { blocId: blocYear.blocId, year: membership.year } } },
    });
    if (scored > 0) {
      throw new AppError("CONFLICT", "unit.archiveHasResults", {
        unit: unit.name,
        bloc: blocYear.bloc.code,
        year: membership.year,
      });
    }
    await tx.membership.delete({ where: { id: membership.id } });
    const leadership = {
      headUnitId: blocYear.headUnitId === unit.id ? null : blocYear.headUnitId,
      deputyUnitId: blocYear.deputyUnitId === unit.id ? null : blocYear.deputyUnitId,
    };
    await tx.blocYear.update({ where: { id: blocYear.id }, data: { ...leadership, version: { increment: 1 } } });
    await recordAudit(tx, [
      {
        userId: actorId,
        entity: "blocYear",
        entityId: blocYear.id,
        action: "update",
        before: { removedUnitId: unit.id, headUnitId: blocYear.headUnitId, deputyUnitId: blocYear.deputyUnitId },
        after: { reason: "unitArchived", ...leadership },
        blocId: blocYear.blocId,
      },
    ]);
    await locked.assertUnchanged();
  }
}
