import { z } from "zod";
import type { Prisma, UnitKind } from "@thidua/db";
import { AppError, notFound } from "../errors";

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
  /** Set once archived: the unit keeps its history and joins no bloc in a later year. */
  archivedAt: z.date().nullable(),
});
export type TUnit = z.output<typeof ZUnit>;

export const unitSelect = { id: true, code: true, name: true, kind: true, parentId: true, archivedAt: true } as const;

/**
 * Provinces stand alone and every other unit sits directly under one: access (a leader's province,
 * a unit user's province) is read from that single parent link.
 */
export async function assertPlacement(tx: Prisma.TransactionClient, kind: UnitKind, parentId: string | null) {
  if (kind === "PROVINCE" || parentId === null) {
    if (kind !== "PROVINCE" || parentId !== null) throw new AppError("BAD_REQUEST", "unit.parentProvince");
    return;
  }
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { kind: true } });
  if (!parent) throw notFound("notFound.unit");
  if (parent.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "unit.parentProvince");
}
