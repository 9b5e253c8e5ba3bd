import type { Prisma } from "../generated/prisma/client";
import type { SeededCriteriaSet } from "./covenants";
import type { UnitCode } from "./units";

/** Where each organisation published the documents behind its figures (the demo's own addresses). */
const SITES: Partial<Record<UnitCode, string>> = {
  "LCI-MTTQ": "https://mttq.laocai.gov.vn/van-ban",
  "LCI-HOINONGDAN": "https://hoinongdan.laocai.gov.vn/van-ban",
  "LCI-HOIPHUNU": "https://phunu.laocai.gov.vn/tai-lieu",
  "LCI-TINHDOAN": "https://tinhdoan.laocai.gov.vn/van-ban",
  "LCI-LDLD": "https://ldld.laocai.gov.vn/van-ban",
  "LCI-HOICCB": "https://cuuchienbinh.laocai.gov.vn/van-ban",
  "LCI-CHUTHAPDO": "https://chuthapdo.laocai.gov.vn/tai-lieu",
};
/** Who has linked its documents in the open quarter so far. */
const LINKED_SO_FAR: UnitCode[] = ["LCI-MTTQ", "LCI-HOIPHUNU", "LCI-TINHDOAN"];

/** A unit whose documents are not ready writes how it scored itself instead (giải trình). */
const EXPLAINED: Partial<Record<UnitCode, string>> = {
  "LCI-HOICCB":
    "Kế hoạch và quyết định kiện toàn đã ký ngày 28/12, đang chờ đóng dấu; sẽ gửi bản scan trước ngày 15/01.",
};

/**
 * The criteria that need evidence, in the organisations' year up to its open quarter: every member
 * linked its plan and reorganisation decision in the quarters already verified and published; in
 * the open one three have so far, one has explained instead and the others have neither yet, so a
 * new user sees the rule at work (they cannot submit until they attach or explain).
 */
export async function seedEvidence(
  tx: Prisma.TransactionClient,
  set: SeededCriteriaSet | undefined,
  units: Record<UnitCode, string>,
  openQuarter: number,
): Promise<void> {
  const required = (set?.criteria ?? []).filter((criterion) => criterion.evidenceRequired);
  const linked = (quarter: number) => (quarter < openQuarter ? (Object.keys(SITES) as UnitCode[]) : LINKED_SO_FAR);
  await tx.evidence.createMany({
    data: Array.from({ length: openQuarter }, (_, index) => index + 1).flatMap((quarter) =>
      linked(quarter).flatMap((unit) =>
        required.map((criterion) => {
          const document = criterion.code === "I.3" ? "ke-hoach" : "quyet-dinh-kien-toan";
          const url = `${SITES[unit]}/${document}-quy-${quarter}`;
          return { criterionId: criterion.id, unitId: units[unit], quarter, kind: "LINK" as const, name: url, url };
        }),
      ),
    ),
  });
  for (const [unit, explanation] of Object.entries(EXPLAINED)) {
    await tx.result.updateMany({
      where: {
        unitId: units[unit as UnitCode],
        quarter: openQuarter,
        criterionId: { in: required.map((criterion) => criterion.id) },
      },
      data: { explanation },
    });
  }
}
