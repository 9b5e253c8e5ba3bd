import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiHarness } from "../testing/harness";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

describe("archiving a unit and the quarters that stand", () => {
  it("leaves a year with published quarters as it was: same members, same published figures", async () => {
    const admin = await h.as("admin");
    const blocId = h.seed.blocs["LCI-HUYEN"];
    const id = h.seed.units["LCI-SIMACAI"];
    const published = () =>
      Promise.all([1, 2].map((quarter) => admin.rankings.bloc.query({ blocId, year: 2025, quarter })));
    const before = await published();
    expect(before.map((ranking) => ranking.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
    expect(before[0]?.entries.some((entry) => entry.unitId === id)).toBe(true);

    await admin.units.setArchived.mutate({ id, archived: true });
    expect(await published()).toEqual(before);
    expect((await admin.blocs.year.query({ blocId, year: 2025 })).members.some((m) => m.unitId === id)).toBe(true);
    await admin.units.setArchived.mutate({ id, archived: false });
  });

  it("is refused while a later year it would leave has a locked quarter, naming the quarter", async () => {
    const admin = await h.as("admin");
    const coordinator = await h.as("dieuphoi.laocai");
    const blocId = h.seed.blocs["LCI-DOANTHE"];
    const id = h.seed.units["LCI-HOICCB"];
    const current = new Date().getUTCFullYear();
    // The bloc's next year was started early (members and covenant copied) and its quarter I locked.
    for (let year = 2026; year <= current + 1; year += 1) {
      await coordinator.blocs.copyYear.mutate({ blocId, year });
      await coordinator.criteria.copyFromYear.mutate({ blocId, year });
    }
    const next = current + 1;
    await coordinator.periods.setStatus.mutate({
      blocId,
      year: next,
      quarter: 1,
      status: "LOCKED",
      reason: "Khóa sớm để chốt danh sách",
    });
    const audits = await h.database.prisma.auditLog.count({ where: { entityId: id } });

    expect(await refusal(admin.units.setArchived.mutate({ id, archived: true }))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "lockedFigures.changed",
      message:
        `Chưa lưu: thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý I/${next}. ` +
        `Hãy mở lại quý I/${next} trước (mở lại được ghi vào lịch sử), rồi lưu lại.`,
    });
    const unit = await h.database.prisma.unit.findUniqueOrThrow({ where: { id }, select: { archivedAt: true } });
    expect(unit.archivedAt).toBeNull();
    expect((await admin.blocs.year.query({ blocId, year: next })).members.some((m) => m.unitId === id)).toBe(true);
    expect(await h.database.prisma.auditLog.count({ where: { entityId: id } })).toBe(audits);
  });
});
