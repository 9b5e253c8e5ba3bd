import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppRouter } from "../../root";
import { createApiHarness, type ApiClient, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let coordinator: ApiClient;
let blocId: string;
let criteria: Record<string, string>;
let hoinongdan: string;

beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.signIn("dieuphoi.laocai");
  blocId = h.seed.blocs["LCI-DOANTHE"];
  criteria = h.seed.criteria["LCI-DOANTHE"][2025] ?? {};
  hoinongdan = h.seed.units["LCI-HOINONGDAN"];
});
afterAll(async () => {
  await h?.close();
});

async function refusal(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

/** A cell of the open quarter IV/2025 of the organisations' bloc, or of an earlier quarter. */
const storedCell = (code: string, quarter = 4) =>
  h.database.prisma.result.findUnique({
    where: { criterionId_unitId_quarter: { criterionId: criteria[code]!, unitId: hoinongdan, quarter } },
    select: { reportedValue: true, verifiedValue: true, note: true, version: true },
  });

const save = (client: ApiClient, code: string, change: Record<string, unknown>) =>
  storedCell(code).then((cell) =>
    client.results.saveGrid.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      cells: [{ unitId: hoinongdan, criterionId: criteria[code]!, version: cell?.version ?? null, ...change }],
    }),
  );

describe("results.saveGrid refuses figures a criterion's unit of measure rules out", () => {
  test("a fraction of a count (houses) and a share above 100% (households), in both languages, writing nothing", async () => {
    const english = await h.signIn("dieuphoi.laocai", "en");
    const audits = await h.database.prisma.auditLog.count();
    const houses = await refusal(save(coordinator, "II.3", { verifiedValue: 2.5 }));
    expect(houses.data?.code).toBe("BAD_REQUEST");
    expect(houses.message).toBe(
      "1 ô không hợp lệ, không ô nào được lưu: Hội Nông dân tỉnh Lào Cai – II.3: tiêu chí đếm theo căn: phải là số nguyên",
    );
    const share = await refusal(save(english, "II.4", { verifiedValue: 100.5 }));
    expect(share.message).toBe(
      "1 invalid cells, nothing was saved: Hội Nông dân tỉnh Lào Cai – II.4: a percentage must not exceed 100%",
    );
    expect(await h.database.prisma.auditLog.count()).toBe(audits);
  });
});

describe("results.saveGrid and plausibility warnings", () => {
  test("refuses an unconfirmed tỷ/triệu slip, naming the warning, and accepts it confirmed with a note", async () => {
    const earlier = await Promise.all([1, 2, 3].map((quarter) => storedCell("II.1", quarter)));
    const figures = earlier.map((cell) => Number(cell?.verifiedValue)).filter((value) => value > 0);
    expect(figures.length).toBeGreaterThan(0);
    // Typed in tỷ where the covenant counts triệu: a thousandth of the smallest earlier quarter.
    const slip = Math.round(Math.min(...figures)) / 1000;
    const before = await storedCell("II.1");
    const audits = await h.database.prisma.auditLog.count();

    const refused = await refusal(save(coordinator, "II.1", { verifiedValue: slip }));
    expect(refused.data?.code).toBe("PRECONDITION_FAILED");
    expect(refused.data?.messageKey).toBe("grid.unconfirmedWarnings");
    expect(refused.message).toContain("Hội Nông dân tỉnh Lào Cai – II.1:");
    expect(refused.message).toContain("so với các quý trước của đơn vị");
    expect(refused.data?.cells.map((cell) => cell.reason)).toContain("cell.warning.ownHistory");
    expect(await storedCell("II.1")).toEqual(before);
    expect(await h.database.prisma.auditLog.count()).toBe(audits);

    // Confirming one warning is not enough while the others stand.
    const codes = refused.data?.cells.map((cell) => cell.reason.replace("cell.warning.", "")) ?? [];
    if (codes.length > 1) {
      const partly = await refusal(save(coordinator, "II.1", { verifiedValue: slip, confirmWarnings: [codes[0]] }));
      expect(partly.data?.messageKey).toBe("grid.unconfirmedWarnings");
    }

    const note = "Số liệu quý IV đúng: chỉ một đợt vận động";
    const [saved] = await save(coordinator, "II.1", {
      verifiedValue: slip,
      note,
      confirmWarnings: ["ownHistory", "peers", "aboveTarget"],
    });
    expect(saved).toMatchObject({ verifiedValue: slip, note, version: (before?.version ?? 0) + 1 });
    const audit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "result", action: "update" },
      orderBy: { at: "desc" },
      select: { after: true },
    });
    expect(audit?.after).toMatchObject({ verifiedValue: slip, note });

    // Saved once confirmed, the figure needs no confirming again when only its note changes.
    const [renoted] = await save(coordinator, "II.1", { note: `${note}.` });
    expect(renoted?.note).toBe(`${note}.`);
  });

  test("names a warning in English and refuses an unknown warning code", async () => {
    const english = await h.signIn("dieuphoi.laocai", "en");
    const earlier = Number((await storedCell("V.2", 3))?.verifiedValue);
    const refused = await refusal(save(english, "V.2", { verifiedValue: Math.round(earlier * 1000) }));
    expect(refused.message).toContain("Hội Nông dân tỉnh Lào Cai – V.2:");
    expect(refused.message).toContain("Confirm each figure or explain it in the note");
    const unknown = await refusal(save(english, "V.2", { verifiedValue: 1, confirmWarnings: ["looksOdd"] }));
    expect(unknown.data?.code).toBe("BAD_REQUEST");
  });
});
