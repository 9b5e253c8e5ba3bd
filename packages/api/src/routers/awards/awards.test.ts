import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "@thidua/core";
import { bytesOf, docxText, pdfText } from "../../testing/files";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let blocId: string;

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
});

afterAll(async () => {
  await h?.close();
});

const meeting = {
  meetingAt: new Date(Date.UTC(2024, 11, 20, 1, 0)),
  location: "Hội trường Ủy ban MTTQ huyện Bảo Thắng",
  chairName: "Nguyễn Văn Hùng",
  chairPosition: "Chủ tịch Ủy ban MTTQ huyện Bảo Thắng, Khối trưởng",
  secretaryName: "Lò Thị Mai",
  secretaryPosition: "Chuyên viên Văn phòng Ủy ban MTTQ huyện Bảo Thắng",
  attendees: "Đại diện lãnh đạo 9 đơn vị thành viên khối.",
  voters: 18,
  minutesNumber: "05/BB-KTĐ",
  proposalNumber: "12/TTr-KTĐ",
  proposalDate: new Date(Date.UTC(2024, 11, 22)),
  addressee: "Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai",
  upperBody: "UBND tỉnh Lào Cai",
  place: "Lào Cai",
  signerName: "Nguyễn Văn Hùng",
};

describe("award rules", () => {
  it("offers the usual rules until the bloc sets its own, then keeps them in the year's set, audited and versioned", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const start = await coordinator.awards.rules.query({ blocId, year: 2025 });
    expect(start.isDefault).toBe(true);
    expect(start.rules.map((rule) => [rule.code, rule.count, rule.maxRank, rule.classCodes])).toEqual([
      ["CO_THI_DUA", 1, 1, ["XUAT_SAC"]],
      ["BANG_KHEN", 2, null, ["XUAT_SAC"]],
    ]);
    const rules = [start.rules[0]!, { ...start.rules[1]!, count: 3, classCodes: ["XUAT_SAC", "TOT"] }];
    const saved = await coordinator.awards.saveRules.mutate({ blocId, year: 2025, version: start.setVersion, rules });
    expect(saved).toMatchObject({ isDefault: false, setVersion: start.setVersion + 1 });
    expect((await coordinator.awards.rules.query({ blocId, year: 2025 })).rules[1]?.count).toBe(3);
    const stale = await refusal(
      coordinator.awards.saveRules.mutate({ blocId, year: 2025, version: start.setVersion, rules }),
    );
    expect(stale.messageKey).toBe("conflict.version");
    const unknown = await refusal(
      coordinator.awards.saveRules.mutate({
        blocId,
        year: 2025,
        version: saved.setVersion,
        rules: [{ ...rules[0]!, classCodes: ["HANG_A"] }],
      }),
    );
    expect(unknown.message).toBe("Hình thức CO_THI_DUA dùng xếp loại HANG_A, nhưng bộ tiêu chí không có xếp loại này.");
    const audit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "criteriaSet", blocId },
      orderBy: { at: "desc" },
    });
    expect(audit?.after).toEqual({ awardRules: rules });
  });
});

describe("the year-end dossier", () => {
  it("proposes from the final ranking: the flag only for a first-ranked, excellent unit without a knock-out", async () => {
    const leader = await h.as("lanhdao.laocai");
    const [dossier, ranking] = await Promise.all([
      leader.awards.dossier.query({ blocId, year: 2024 }),
      leader.rankings.bloc.query({ blocId, year: 2024, quarter: 4 }),
    ]);
    expect(dossier).toMatchObject({
      status: "PUBLISHED",
      final: true,
      canEdit: false,
      rulesAreDefault: true,
      saved: null,
    });
    expect(dossier.ranking.map((row) => [row.unitId, row.rank, row.total])).toEqual(
      ranking.entries.map((entry) => [entry.unitId, entry.rank, entry.total]),
    );
    for (const outcome of dossier.proposal) {
      const entry = ranking.entries.find((candidate) => candidate.unitId === outcome.unitId)!;
      if (outcome.awardCode !== null) {
        expect(entry.classification.code).toBe("XUAT_SAC");
        expect(entry.knockedOut).toBe(false);
      }
      if (outcome.awardCode === "CO_THI_DUA") expect(entry.rank).toBe(1);
      if (outcome.awardCode === null) expect(outcome.notes.length).toBeGreaterThan(0);
    }
    const knockedOut = ranking.entries.find((entry) => entry.knockedOut);
    if (knockedOut) {
      const notes = dossier.proposal.find((outcome) => outcome.unitId === knockedOut.unitId)?.notes ?? [];
      expect(notes.some((note) => note.includes("vi phạm tiêu chí loại trừ") || note.includes("xếp hạng"))).toBe(true);
    }
  });

  it("records the confirmed list with votes, asks a reason for every departure, and writes the minutes and proposal", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const before = await coordinator.awards.dossier.query({ blocId, year: 2024 });
    expect(before.canEdit).toBe(true);
    const votes = { votesFor: 17, votesAgainst: 1, votesAbstain: 0 };
    // The demo's 2024 ranking: the flag for the first, certificates for the second and third.
    const proposed = before.proposal.filter((outcome) => outcome.awardCode !== null);
    expect(proposed.map((outcome) => outcome.awardCode)).toEqual(["CO_THI_DUA", "BANG_KHEN", "BANG_KHEN"]);
    const asProposed = proposed.map((outcome) => ({
      unitId: outcome.unitId,
      awardCode: outcome.awardCode,
      reason: "",
      ...votes,
    }));
    // The meeting keeps the third from its certificate: without a reason that is refused.
    const third = proposed[2]!;
    const dropped = asProposed.map((nominee) =>
      nominee.unitId === third.unitId ? { ...nominee, awardCode: null } : nominee,
    );
    const noReason = await refusal(
      coordinator.awards.saveDossier.mutate({ blocId, year: 2024, version: null, meeting, nominees: dropped }),
    );
    expect(noReason).toMatchObject({ code: "BAD_REQUEST", messageKey: "awards.reasonNeeded" });
    expect(noReason.message).toBe(
      `${third.unitName}: kết quả khác đề xuất theo quy định (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh), cần ghi lý do.`,
    );
    const omitted = await refusal(
      coordinator.awards.saveDossier.mutate({
        blocId,
        year: 2024,
        version: null,
        meeting,
        nominees: asProposed.slice(0, 2),
      }),
    );
    expect(omitted.messageKey).toBe("awards.proposedMissing");
    const tooMany = await refusal(
      coordinator.awards.saveDossier.mutate({
        blocId,
        year: 2024,
        version: null,
        meeting,
        nominees: asProposed.map((nominee) => ({ ...nominee, votesFor: 19 })),
      }),
    );
    expect(tooMany.messageKey).toBe("awards.tooManyVotes");
    const fourth = before.ranking.find((row) => !proposed.some((outcome) => outcome.unitId === row.unitId))!;
    const overCount = await refusal(
      coordinator.awards.saveDossier.mutate({
        blocId,
        year: 2024,
        version: null,
        meeting,
        nominees: [
          ...asProposed,
          { unitId: fourth.unitId, awardCode: "BANG_KHEN", reason: "Mô hình dân vận khéo", ...votes },
        ],
      }),
    );
    expect(overCount.message).toBe(
      "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: đề nghị 3 đơn vị, quá số lượng 2 theo quy định.",
    );

    const nominees = dropped.map((nominee) =>
      nominee.unitId === third.unitId ? { ...nominee, reason: "Đơn vị có cán bộ bị kỷ luật trong năm" } : nominee,
    );
    const audit = await h.database.prisma.auditLog.count({ where: { entity: "awardDossier" } });
    const saved = await coordinator.awards.saveDossier.mutate({ blocId, year: 2024, version: null, meeting, nominees });
    expect(saved.saved?.version).toBe(1);
    expect(saved.saved?.nominees.map((nominee) => [nominee.unitId, nominee.awardCode])).toEqual(
      nominees.map((nominee) => [nominee.unitId, nominee.awardCode]),
    );
    expect(await h.database.prisma.auditLog.count({ where: { entity: "awardDossier" } })).toBe(audit + 1);
    const stale = await refusal(
      coordinator.awards.saveDossier.mutate({ blocId, year: 2024, version: null, meeting, nominees }),
    );
    expect(stale.messageKey).toBe("conflict.version");

    const minutes = await h.download("dieuphoi.laocai", `award-minutes.docx?bloc=${blocId}&year=2024`);
    expect(minutes.status).toBe(200);
    const text = await docxText(await bytesOf(minutes));
    expect(text).toContain("Số: 05/BB-KTĐ");
    expect(text).toContain("Hôm nay, vào hồi 08 giờ 00, ngày 20 tháng 12 năm 2024");
    for (const row of saved.ranking)
      expect(text).toContain(`${row.rank}${row.unitName}${formatNumber(row.total, "vi")}`);
    expect(text).toContain(`Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh: ${proposed[0]!.unitName}.`);
    expect(text).toContain(`Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: ${proposed[1]!.unitName}.`);
    expect(text).not.toContain(
      `Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: ${proposed[1]!.unitName}; ${third.unitName}`,
    );

    const proposal = pdfText(
      await bytesOf(await h.download("lanhdao.laocai", `award-proposal.pdf?bloc=${blocId}&year=2024`)),
    );
    expect(proposal).toContain("TỜ TRÌNH");
    expect(proposal).toContain("Số: 12/TTr-KTĐ");
    expect(proposal).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai");
    expect(proposal).toContain(proposed[0]!.unitName);
    expect(proposal).toContain(proposed[1]!.unitName);
  });

  it("waits for the final ranking, keeps the deliberation from member units, and names a missing record", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const open = await coordinator.awards.dossier.query({ blocId, year: 2025 });
    expect(open).toMatchObject({ final: false, canEdit: false });
    const early = await refusal(
      coordinator.awards.saveDossier.mutate({ blocId, year: 2025, version: null, meeting, nominees: [] }),
    );
    expect(early).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "awards.notFinal" });
    expect((await refusal((await h.as("donvi.batxat")).awards.dossier.query({ blocId, year: 2024 }))).code).toBe(
      "FORBIDDEN",
    );
    const missing = await h.download("dieuphoi.laocai", `award-minutes.pdf?bloc=${blocId}&year=2025`);
    expect(missing.status).toBe(412);
    expect((await missing.json()).error.message).toBe("Khối chưa ghi kết quả bình xét, suy tôn năm 2025.");
  });
});
