import { z } from "zod";
import type { Prisma } from "@thidua/db";

/** A piece of evidence as the sheet lists it; a file's content is fetched from /evidence/<id>. */
export const ZEvidenceItem = z.object({
  id: z.string(),
  unitId: z.string(),
  criterionId: z.string(),
  quarter: z.number().int(),
  kind: z.enum(["FILE", "LINK"]),
  name: z.string(),
  url: z.string().nullable(),
  contentType: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  createdAt: z.date(),
  createdByName: z.string().nullable(),
});
export type TEvidenceItem = z.output<typeof ZEvidenceItem>;

export const evidenceItemSelect = {
  id: true,
  unitId: true,
  criterionId: true,
  quarter: true,
  kind: true,
  name: true,
  url: true,
  contentType: true,
  size: true,
  sha256: true,
  createdAt: true,
  createdBy: { select: { displayName: true } },
} satisfies Prisma.EvidenceSelect;

type StoredEvidence = Prisma.EvidenceGetPayload<{ select: typeof evidenceItemSelect }>;

export const toEvidenceItem = ({ createdBy, ...row }: StoredEvidence): TEvidenceItem => ({
  ...row,
  createdByName: createdBy?.displayName ?? null,
});
