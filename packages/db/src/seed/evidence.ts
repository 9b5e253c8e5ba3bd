import type { Prisma } from "../generated/prisma/client";
import type { SeededCriteriaSet } from "./covenants";
import type { UnitCode } from "./units";

/** Where each organisation published the documents behind its figures (the demo's own addresses). */
const LINKS: Partial<Record<UnitCode, string>> = {
  "LCI-MTTQ": "https://mttq.laocai.gov.vn/van-ban",
  "LCI-HOIPHUNU": "https://phunu.laocai.gov.vn/tai-lieu",
  "LCI-TINHDOAN": "https://tinhdoan.laocai.gov.vn/van-ban",
};

/** A unit whose documents are not ready writes how it scored itself instead (giải trình). */
const EXPLAINED: Partial<Record<UnitCode, string>> = {
  "LCI-HOICCB":
    "Kế hoạch và quyết định kiện toàn đã ký ngày 28/12, đang chờ đóng dấu; sẽ gửi bản scan trước ngày 15/01.",
};

/**
 * In the organisations' open quarter, the criteria that need evidence: three units have linked
 * their plan and reorganisation decision, one has explained instead, the others have neither yet,
 * so a new user sees the rule at work (they cannot submit until they attach or explain).
 */
export async function seedEvidence(
  tx: Prisma.TransactionClient,
  set: SeededCriteriaSet | undefined,
  units: Record<UnitCode, string>,
  quarter: number,
): Promise<void> {
  const required = (set?.criteria ?? []).filter((criterion) => criterion.evidenceRequired);
  await tx.evidence.createMany({
    data: Object.entries(LINKS).flatMap(([unit, site]) =>
      required.map((criterion) => {
        const url = `${site}/${criterion.code === "I.3" ? "ke-hoach" : "quyet-dinh-kien-toan"}-quy-${quarter}`;
        return { criterionId: criterion.id, unitId: units[unit as UnitCode], quarter, kind: "LINK", name: url, url };
      }),
    ),
  });
  for (const [unit, explanation] of Object.entries(EXPLAINED)) {
    await tx.result.updateMany({
      where: {
        unitId: units[unit as UnitCode],
        quarter,
        criterionId: { in: required.map((criterion) => criterion.id) },
      },
      data: { explanation },
    });
  }
}
