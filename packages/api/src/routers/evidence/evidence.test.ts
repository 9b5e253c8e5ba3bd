import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVIDENCE_MAX_BYTES, sheetGaps } from "@thidua/core";
import { docxBytes, jpegBytes, pdfOf, pngBytes, xlsxBytes } from "../../testing/evidence-files";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

/** Evidence of Bát Xát in the open quarter III/2025 of the Lào Cai district bloc, through the real handlers. */
let h: ApiHarness;
let blocId: string;
let batxat: string;
let bacha: string;
let criterionId: string;

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
  batxat = h.seed.units["LCI-BATXAT"];
  bacha = h.seed.units["LCI-BACHA"];
  criterionId = h.seed.criteria["LCI-HUYEN"][2025]!["I.1"]!;
});

afterAll(async () => {
  await h?.close();
});

interface Uploaded {
  evidence: { id: string; name: string; size: number; sha256: string; contentType: string };
}
interface Refused {
  error: { code: string; messageKey: string; message: string };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function upload(
  username: string | null,
  bytes: Buffer | ReadableStream<Uint8Array>,
  { name = "Báo cáo quý III.pdf", unitId = batxat, quarter = 3, locale = "vi" as "vi" | "en" } = {},
) {
  const query = new URLSearchParams({
    bloc: blocId,
    year: "2025",
    quarter: String(quarter),
    unit: unitId,
    criterion: criterionId,
    name,
  });
  return h.evidence(username, `?${query}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: bytes instanceof Buffer ? new Uint8Array(bytes) : bytes,
    locale,
    ...(bytes instanceof Buffer ? {} : { duplex: "half" }),
  } as RequestInit & { locale: "vi" | "en" });
}

const counts = async () => ({
  evidence: await h.database.prisma.evidence.count(),
  chunks: await h.database.prisma.evidenceChunk.count(),
  audit: await h.database.prisma.auditLog.count({ where: { entity: "evidence" } }),
});

describe("uploading evidence", () => {
  it("keeps a unit's PDF with its size and SHA-256, lists it on the sheet and audits it", async () => {
    const pdf = pdfOf("Bao cao quy III");
    const response = await upload("donvi.batxat", pdf);
    expect(response.status).toBe(201);
    const { evidence } = (await response.json()) as Uploaded;
    expect(evidence).toMatchObject({
      name: "Báo cáo quý III.pdf",
      size: pdf.byteLength,
      sha256: sha256(pdf),
      contentType: "application/pdf",
    });

    const unit = await h.as("donvi.batxat");
    const listed = await unit.evidence.sheet.query({ blocId, year: 2025, quarter: 3, unitId: batxat });
    expect(listed.find((item) => item.id === evidence.id)).toMatchObject({
      kind: "FILE",
      criterionId,
      createdByName: "Cán bộ thi đua huyện Bát Xát",
    });
    const audit = await h.database.prisma.auditLog.findFirst({ where: { entity: "evidence", entityId: evidence.id } });
    expect(audit).toMatchObject({ action: "create", blocId });
    expect(audit?.after).toMatchObject({ name: "Báo cáo quý III.pdf", size: pdf.byteLength, sha256: sha256(pdf) });
  });

  it("reads the type from the content: images, Word and Excel files pass whatever their name", async () => {
    const files: [Buffer, string][] = [
      [pngBytes(), "image/png"],
      [jpegBytes(), "image/jpeg"],
      [await docxBytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      [await xlsxBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ];
    for (const [bytes, type] of files) {
      const response = await upload("dieuphoi.laocai", bytes, { name: "tệp không đuôi" });
      expect(response.status).toBe(201);
      expect(((await response.json()) as Uploaded).evidence.contentType).toBe(type);
    }
  });

  it("refuses other types in the user's language, even named .pdf, and writes nothing", async () => {
    const before = await counts();
    const text = Buffer.from("MZ\x90\x00 not really a report");
    const vi = await upload("donvi.batxat", text, { name: "bao-cao.pdf" });
    expect(vi.status).toBe(415);
    expect(((await vi.json()) as Refused).error).toMatchObject({
      messageKey: "evidence.type",
      message: expect.stringContaining("Chỉ nhận tệp PDF, ảnh PNG hoặc JPEG, Word (.docx) và Excel (.xlsx)"),
    });
    const en = await upload("donvi.batxat", text, { name: "report.pdf", locale: "en" });
    expect(((await en.json()) as Refused).error.message).toContain("Only PDF, PNG or JPEG images");
    expect(await counts()).toEqual(before);
  });

  it("refuses a file over 10 MB, by its declared length and while it streams in, naming the limit", async () => {
    const before = await counts();
    const declared = await upload("donvi.batxat", Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 0x25));
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as Refused).error.message).toContain("Tệp lớn hơn 10 MB, không nhận");

    // No length given: the body is read until it passes the limit, then refused.
    const start = Buffer.from("%PDF-1.4\n");
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > EVIDENCE_MAX_BYTES) return controller.close();
        const chunk =
          sent === 0 ? Buffer.concat([start, Buffer.alloc(1024 * 1024 - start.length)]) : Buffer.alloc(1024 * 1024);
        sent += chunk.byteLength;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    const streamed = await upload("donvi.batxat", stream, { locale: "en" });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as Refused).error.message).toContain("larger than 10 MB");
    expect(await counts()).toEqual(before);
  });

  it("takes a file of exactly 10 MB, stored in slices and streamed back identical", async () => {
    const bytes = Buffer.alloc(EVIDENCE_MAX_BYTES, 0x20);
    pdfOf("Ban quet").copy(bytes);
    const response = await upload("donvi.batxat", bytes, { name: "Bản quét.pdf" });
    expect(response.status).toBe(201);
    const { evidence } = (await response.json()) as Uploaded;
    expect(await h.database.prisma.evidenceChunk.count({ where: { evidenceId: evidence.id } })).toBe(40);
    const back = await h.evidence("donvi.batxat", `/${evidence.id}`);
    expect(back.headers.get("content-length")).toBe(String(EVIDENCE_MAX_BYTES));
    expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(sha256(bytes));
  });

  it("refuses an empty file, a form post, another unit's cell, a leader and a closed quarter", async () => {
    const before = await counts();
    const empty = await upload("donvi.batxat", Buffer.alloc(0));
    expect(((await empty.json()) as Refused).error.messageKey).toBe("evidence.empty");
    const form = await h.evidence("donvi.batxat", `?bloc=${blocId}`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: "--x--",
    });
    expect(form.status).toBe(415);
    const other = await upload("donvi.batxat", pdfOf("x"), { unitId: bacha });
    expect(other.status).toBe(403);
    expect(((await other.json()) as Refused).error.message).toBe(
      "Đơn vị chỉ được thêm hoặc xóa minh chứng của chính mình.",
    );
    const leader = await upload("lanhdao.laocai", pdfOf("x"));
    expect(((await leader.json()) as Refused).error.messageKey).toBe("auth.readOnly");
    const stranger = await upload("dieuphoi.backan", pdfOf("x"));
    expect(stranger.status).toBe(403);
    const published = await upload("donvi.batxat", pdfOf("x"), { quarter: 2 });
    expect(((await published.json()) as Refused).error).toMatchObject({ messageKey: "period.notOpen" });
    const anonymous = await upload(null, pdfOf("x"));
    expect(anonymous.status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe("downloading evidence", () => {
  let draftId: string;
  const pdf = pdfOf("Bien ban hop");

  beforeAll(async () => {
    const response = await upload("donvi.batxat", pdf, { name: "Biên bản họp.pdf" });
    draftId = ((await response.json()) as Uploaded).evidence.id;
  });

  it("opens a draft PDF in place for its unit, the bloc's coordinator and the province's leader", async () => {
    for (const username of ["donvi.batxat", "dieuphoi.laocai", "lanhdao.laocai", "admin"]) {
      const response = await h.evidence(username, `/${draftId}`);
      expect(response.status, username).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="Bien ban hop.pdf"/);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    }
  });

  it("never gives another unit a draft, nor anyone outside the bloc", async () => {
    for (const username of ["donvi.bacha", "donvi.chodon", "dieuphoi.backan", "lanhdao.backan"]) {
      const response = await h.evidence(username, `/${draftId}`);
      expect(response.status, username).toBe(403);
      const { error } = (await response.json()) as Refused;
      expect(error.messageKey).toBe("auth.forbidden");
    }
    expect((await h.evidence(null, `/${draftId}`)).status).toBe(401);
    const unit = await h.as("donvi.bacha");
    expect(await refusal(unit.evidence.sheet.query({ blocId, year: 2025, quarter: 3, unitId: batxat }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const own = await unit.evidence.sheet.query({ blocId, year: 2025, quarter: 3 });
    expect(own.every((item) => item.unitId === bacha)).toBe(true);
    const coordinator = await h.as("dieuphoi.laocai");
    const all = await coordinator.evidence.sheet.query({ blocId, year: 2025, quarter: 3 });
    expect(all.map((item) => item.id)).toContain(draftId);
  });

  it("lets the bloc's other units see evidence of a published quarter, as its figures", async () => {
    const published = await h.database.prisma.evidence.create({
      data: {
        criterionId,
        unitId: batxat,
        quarter: 2,
        kind: "FILE",
        name: "Quý II.xlsx",
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        size: 3,
        sha256: sha256(Buffer.from("abc")),
        chunks: { create: [{ position: 0, bytes: new Uint8Array(Buffer.from("abc")) }] },
      },
    });
    const response = await h.evidence("donvi.bacha", `/${published.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
    const unit = await h.as("donvi.bacha");
    const listed = await unit.evidence.sheet.query({ blocId, year: 2025, quarter: 2, unitId: batxat });
    expect(listed.map((item) => item.id)).toContain(published.id);
  });

  it("answers an unknown id as not found", async () => {
    const response = await h.evidence("admin", "/nothing-here", { locale: "en" });
    expect(response.status).toBe(404);
    expect(((await response.json()) as Refused).error.message).toBe("Evidence not found.");
  });
});

describe("links and removal", () => {
  it("adds an http(s) link and refuses any other address", async () => {
    const unit = await h.as("donvi.batxat");
    const cell = { blocId, year: 2025, quarter: 3, unitId: batxat, criterionId };
    const link = await unit.evidence.addLink.mutate({ ...cell, url: "https://laocai.gov.vn/quyet-dinh-15.pdf" });
    expect(link).toMatchObject({ kind: "LINK", url: "https://laocai.gov.vn/quyet-dinh-15.pdf", size: null });
    for (const url of ["javascript:alert(1)", "ftp://laocai.gov.vn/a", "không phải địa chỉ"]) {
      const refused = await refusal(unit.evidence.addLink.mutate({ ...cell, url }));
      expect(refused).toMatchObject({ code: "BAD_REQUEST", messageKey: "validation.failed" });
      expect(refused.message).toContain("url");
    }
  });

  it("removes a file with its content and audits it; another unit and a leader may not", async () => {
    const response = await upload("donvi.batxat", pngBytes(), { name: "Ảnh trao quà.png" });
    const { evidence } = (await response.json()) as Uploaded;
    const before = await counts();
    const bacha = await h.as("donvi.bacha");
    expect(await refusal(bacha.evidence.remove.mutate({ id: evidence.id }))).toMatchObject({ code: "FORBIDDEN" });
    const leader = await h.as("lanhdao.laocai");
    expect(await refusal(leader.evidence.remove.mutate({ id: evidence.id }))).toMatchObject({
      messageKey: "auth.readOnly",
    });
    expect(await counts()).toEqual(before);

    const unit = await h.as("donvi.batxat");
    await unit.evidence.remove.mutate({ id: evidence.id });
    expect(await h.database.prisma.evidenceChunk.count({ where: { evidenceId: evidence.id } })).toBe(0);
    const audit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "evidence", entityId: evidence.id, action: "delete" },
    });
    expect(audit?.before).toMatchObject({ name: "Ảnh trao quà.png", contentType: "image/png" });
    expect((await h.evidence("donvi.batxat", `/${evidence.id}`)).status).toBe(404);
  });
});

describe("evidence required and the explanation", () => {
  it("keeps a giải trình with the cell, and sheetGaps counts it in place of the evidence", async () => {
    const fund = h.seed.criteria["LCI-HUYEN"][2025]!["II.1"]!;
    await h.database.prisma.criterion.update({ where: { id: fund }, data: { evidenceRequired: true } });
    const unit = await h.as("donvi.batxat");
    const saved = await unit.results.saveCell.mutate({
      blocId,
      year: 2025,
      quarter: 3,
      unitId: batxat,
      criterionId: fund,
      // Near the unit's earlier quarters, so no plausibility warning stands in the way.
      reportedValue: 700,
      explanation: "Kế hoạch ban hành ngày 05/07, bản ký đang chờ đóng dấu.",
      version:
        (
          await h.database.prisma.result.findUnique({
            where: { criterionId_unitId_quarter: { criterionId: fund, unitId: batxat, quarter: 3 } },
          })
        )?.version ?? null,
    });
    expect(saved?.explanation).toBe("Kế hoạch ban hành ngày 05/07, bản ký đang chờ đóng dấu.");
    const audit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "result", userId: { not: null }, after: { path: ["explanation"], not: "null" } },
      orderBy: { at: "desc" },
    });
    expect(audit?.after).toMatchObject({ explanation: "Kế hoạch ban hành ngày 05/07, bản ký đang chờ đóng dấu." });

    const grid = await unit.results.grid.query({ blocId, year: 2025, quarter: 3 });
    const criterion = grid.criteria.find((each) => each.id === fund)!;
    expect(criterion.evidenceRequired).toBe(true);
    const evidence = await unit.evidence.sheet.query({ blocId, year: 2025, quarter: 3, unitId: batxat });
    const cell = grid.cells.find((each) => each.criterionId === fund)!;
    const [gap] = sheetGaps(
      [{ criterionId: fund, evidenceRequired: true, due: criterion.due }],
      [
        {
          criterionId: fund,
          value: cell.reportedValue,
          explanation: cell.explanation,
          evidenceCount: evidence.filter((item) => item.criterionId === fund).length,
        },
      ],
    );
    expect(gap).toEqual({ criterionId: fund, missingFigure: false, missingEvidence: false });
  });
});
