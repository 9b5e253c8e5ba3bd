import { formatNumber } from "@thidua/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf, docxText, pdfText } from "../testing/files";
import { createApiHarness, type ApiHarness } from "../testing/harness";

let h: ApiHarness;
let blocId: string;
let batxat: string;
const vi = (value: number) => formatNumber(value, "vi");
const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
  batxat = h.seed.units["LCI-BATXAT"];
});

afterAll(async () => {
  await h?.close();
});

describe("a unit's self-assessment report (issue 11, item 5)", () => {
  it("gives the unit its open quarter's figures, self-scores, notes and evidence as a Decree 30 report to sign", async () => {
    const unit = await h.as("donvi.batxat");
    const grid = await unit.results.grid.query({ blocId, year: 2025, quarter: 3 });
    const criterion = grid.criteria[0]!;
    await unit.evidence.addLink.mutate({
      blocId,
      year: 2025,
      quarter: 3,
      unitId: batxat,
      criterionId: criterion.id,
      url: "https://batxat.laocai.gov.vn/bao-cao-quy-3",
    });

    const response = await h.download(
      "donvi.batxat",
      `self-assessment.pdf?${query({ bloc: blocId, year: 2025, quarter: 3, unit: batxat })}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("Bao cao tu cham diem");
    const text = pdfText(await bytesOf(response)).replace(/\s+/g, " ");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Tự chấm điểm thi đua quý III năm 2025");
    expect(text).toContain("Huyện Bát Xát");
    expect(text).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(text).toContain(criterion.code);
    expect(text).toContain("https://batxat.laocai.gov.vn/bao-cao-quy-3");
    expect(text).toContain("Tình trạng: đang tự chấm, chưa nộp");
  });

  it("holds the verified scores and totals the grid shows, for the coordinator, in Word too", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const grid = await coordinator.results.grid.query({ blocId, year: 2025, quarter: 2 });
    const totals = grid.totals.find((row) => row.unitId === batxat)!;
    const response = await h.download(
      "dieuphoi.laocai",
      `self-assessment.docx?${query({ bloc: blocId, year: 2025, quarter: 2, unit: batxat })}`,
    );
    expect(response.status).toBe(200);
    const text = await docxText(await bytesOf(response));
    expect(text).toContain(`Tổng điểm tự chấm: ${vi(totals.self.total)}/${vi(totals.maxAttainable)} điểm`);
    expect(text).toContain(`Điểm thẩm định: ${vi(totals.verified.total)} điểm`);
    expect(text).toContain("Tình trạng: đã thẩm định");
    for (const criterion of grid.criteria) expect(text).toContain(criterion.name);
  });

  it("gives quarter II the ranking's provisional class, in the grid (the score sheet's source) and the report", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const period = { blocId, year: 2025, quarter: 2 };
    const [grid, verified, self] = await Promise.all([
      coordinator.results.grid.query(period),
      coordinator.rankings.bloc.query(period),
      coordinator.rankings.bloc.query({ ...period, side: "self" }),
    ]);
    expect(verified.entries.length).toBe(grid.members.length);
    for (const [ranking, side] of [
      [verified, "verified"],
      [self, "self"],
    ] as const) {
      for (const entry of ranking.entries) {
        const totals = grid.totals.find((row) => row.unitId === entry.unitId)![side];
        expect({ code: totals.classification?.code ?? null, score: totals.classificationScore }).toEqual({
          code: entry.classification.code,
          score: entry.classification.score,
        });
        expect(totals.provisional).toBe(true);
        expect(entry.classification.provisional).toBe(true);
      }
    }
    const shown = verified.entries.find((entry) => entry.unitId === batxat)!.classification;
    expect(shown.label).not.toBeNull();
    const text = await docxText(
      await bytesOf(
        await h.download("dieuphoi.laocai", `self-assessment.docx?${query({ ...period, bloc: blocId, unit: batxat })}`),
      ),
    );
    expect(text).toContain(
      `Điểm thẩm định: ${vi(verified.entries.find((e) => e.unitId === batxat)!.totalVerified)} điểm, tạm xếp loại ${shown.label}.`,
    );
  });

  it("covers the year without a quarter", async () => {
    const response = await h.download(
      "donvi.batxat",
      `self-assessment.docx?${query({ bloc: blocId, year: 2024, unit: batxat })}`,
    );
    expect(response.status).toBe(200);
    expect(await docxText(await bytesOf(response))).toContain("Tự chấm điểm thi đua năm 2024");
  });

  it("keeps a unit's draft from other units and strangers, in the caller's language", async () => {
    const path = `self-assessment.pdf?${query({ bloc: blocId, year: 2025, quarter: 3, unit: batxat })}`;
    const peer = await h.download("donvi.bacha", path, "en");
    expect(peer.status).toBe(403);
    expect((await peer.json()).error.messageKey).toBe("auth.forbidden");
    expect((await h.download("donvi.chodon", path)).status).toBe(403);
    expect((await h.download(null, path)).status).toBe(401);
  });
});
