import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locale";
import { createApiHarness, refusal, type ApiHarness } from "../testing/harness";

const READ_ONLY = "Tài khoản lãnh đạo chỉ được xem, không được sửa.";
const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const COORDINATOR_LAO_CAI = "Ban Thi đua - Khen thưởng tỉnh Lào Cai";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

const as = (username: string, locale?: Locale) => h.as(username, locale);

const statuses = (quarters: { status: string }[]) => quarters.map((quarter) => quarter.status);

async function storedStatus(blocId: string, year: number, quarter: number) {
  const period = await h.database.prisma.period.findFirst({
    where: { blocYear: { blocId, year }, quarter },
    select: { status: true },
  });
  return period?.status ?? null;
}

describe("periods.list", () => {
  it("gives the four quarters, those without a row yet open", async () => {
    const quarters = await (
      await as("lanhdao.laocai")
    ).periods.list.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2025 });
    expect(statuses(quarters)).toEqual(["PUBLISHED", "PUBLISHED", "OPEN", "OPEN"]);
    expect(quarters[2]).toEqual({ quarter: 3, status: "OPEN", updatedAt: null, updatedBy: null, deadline: null });
    expect(quarters[0]?.deadline).toBe("2025-04-10");
    expect(quarters[0]?.updatedAt).toBeInstanceOf(Date);
  });

  it("lets a member unit read its cluster's quarters", async () => {
    const quarters = await (
      await as("donvi.camduong")
    ).periods.list.query({ blocId: h.seed.blocs["LCI-CUM1"], year: 2025 });
    expect(statuses(quarters)).toEqual(["OPEN", "OPEN", "PUBLISHED", "LOCKED"]);
  });

  it("refuses units of other blocs, another province, other coordinators and anonymous callers", async () => {
    const cluster = { blocId: h.seed.blocs["LCI-CUM1"], year: 2025 };
    expect(await refusal((await as("donvi.batxat")).periods.list.query(cluster))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
      message: FORBIDDEN,
    });
    expect((await refusal((await as("lanhdao.backan")).periods.list.query(cluster))).code).toBe("FORBIDDEN");
    expect((await refusal((await as("dieuphoi.backan")).periods.list.query(cluster))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().periods.list.query(cluster))).code).toBe("UNAUTHORIZED");
    const noYear = { blocId: h.seed.blocs["LCI-CUM1"], year: 2024 };
    expect(await refusal((await as("dieuphoi.laocai", "en")).periods.list.query(noYear))).toMatchObject({
      code: "NOT_FOUND",
      message: "The bloc has no data for 2024.",
    });
  });
});

describe("periods.setDeadline", () => {
  const cluster = () => ({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 });

  it("sets and removes an open quarter's deadline, kept in its history and audited", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const set = await coordinator.periods.setDeadline.mutate({ ...cluster(), deadline: "2026-01-15" });
    expect(set[3]).toMatchObject({ status: "OPEN", deadline: "2026-01-15" });
    const removed = await coordinator.periods.setDeadline.mutate({ ...cluster(), deadline: null });
    expect(removed[3]?.deadline).toBeNull();
    const back = await coordinator.periods.setDeadline.mutate({ ...cluster(), deadline: "2026-01-10" });
    expect(back[3]?.deadline).toBe("2026-01-10");
    const audit = await h.database.prisma.auditLog.findMany({
      where: { blocId: h.seed.blocs["LCI-DOANTHE"], entity: "period" },
      select: { before: true, after: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit.slice(-3)).toEqual([
      { before: { quarter: 4, deadline: "2026-01-10" }, after: { quarter: 4, deadline: "2026-01-15" } },
      { before: { quarter: 4, deadline: "2026-01-15" }, after: { quarter: 4, deadline: null } },
      { before: { quarter: 4, deadline: null }, after: { quarter: 4, deadline: "2026-01-10" } },
    ]);
    const panel = await coordinator.sheets.completeness.query(cluster());
    expect(panel.history.slice(0, 3).map((event) => [event.action, event.deadline])).toEqual([
      ["DEADLINE", "2026-01-10"],
      ["DEADLINE", null],
      ["DEADLINE", "2026-01-15"],
    ]);
  });

  it("refuses a locked quarter's deadline, a date that is no date, and other blocs' coordinators", async () => {
    const coordinator = await as("dieuphoi.laocai", "en");
    const published = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2025, quarter: 1, deadline: "2025-04-20" };
    expect(await refusal(coordinator.periods.setDeadline.mutate(published))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "period.deadlineClosed",
      message: "Quarter I/2025 is published; its deadline can no longer change.",
    });
    expect((await refusal(coordinator.periods.setDeadline.mutate({ ...cluster(), deadline: "2026-02-30" }))).code).toBe(
      "BAD_REQUEST",
    );
    const other = await as("dieuphoi.backan");
    const otherBloc = await refusal(other.periods.setDeadline.mutate({ ...cluster(), deadline: "2026-01-20" }));
    expect(otherBloc).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("periods.setStatus", () => {
  const doanThe = () => ({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 });

  // Locking with members unverified and reopening now need a reason (issue 10): both are given here.
  it("locks, publishes and reopens a quarter, recording who and auditing each step", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const anyway = "Giao ban ngày 15/01, các đơn vị còn lại thẩm định sau";
    const locked = await coordinator.periods.setStatus.mutate({ ...doanThe(), status: "LOCKED", reason: anyway });
    expect(statuses(locked)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED", "LOCKED"]);
    expect(locked[3]?.updatedBy).toEqual({ id: h.seed.users["dieuphoi.laocai"], displayName: COORDINATOR_LAO_CAI });

    const published = await coordinator.periods.setStatus.mutate({ ...doanThe(), status: "PUBLISHED" });
    expect(published[3]?.status).toBe("PUBLISHED");
    const reason = "Hội Nông dân báo cáo sai số hộ được vay vốn";
    const reopened = await (await as("admin")).periods.setStatus.mutate({ ...doanThe(), status: "OPEN", reason });
    expect(reopened[3]).toMatchObject({ status: "OPEN", updatedBy: { displayName: "Quản trị hệ thống" } });
    expect(await storedStatus(h.seed.blocs["LCI-DOANTHE"], 2025, 4)).toBe("OPEN");

    const audit = await h.database.prisma.auditLog.findMany({
      where: { blocId: h.seed.blocs["LCI-DOANTHE"], entity: "period" },
      select: { action: true, before: true, after: true, userId: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    // The status changes; the deadline's own rows are checked with periods.setDeadline.
    const statusChanges = audit.filter((row) => row.after !== null && "status" in (row.after as object));
    expect(statusChanges).toEqual([
      {
        action: "update",
        before: { quarter: 4, status: "OPEN" },
        after: { quarter: 4, status: "LOCKED", reason: anyway, unverified: 7 },
        userId: h.seed.users["dieuphoi.laocai"],
      },
      {
        action: "update",
        before: { quarter: 4, status: "LOCKED" },
        after: { quarter: 4, status: "PUBLISHED" },
        userId: h.seed.users["dieuphoi.laocai"],
      },
      {
        action: "update",
        before: { quarter: 4, status: "PUBLISHED" },
        after: { quarter: 4, status: "OPEN", reason },
        userId: h.seed.users.admin,
      },
    ]);

    const panel = await coordinator.sheets.completeness.query(doanThe());
    const changes = panel.history.filter((event) => event.action !== "DEADLINE");
    expect(changes.map(({ action, by, reason, unverified }) => ({ action, by, reason, unverified }))).toEqual([
      { action: "REOPEN", by: "Quản trị hệ thống", reason, unverified: 0 },
      { action: "PUBLISH", by: COORDINATOR_LAO_CAI, reason: null, unverified: 0 },
      { action: "LOCK", by: COORDINATOR_LAO_CAI, reason: anyway, unverified: 7 },
    ]);
  });

  it("refuses to lock with members unverified unless a reason is given, naming them", async () => {
    const english = await as("dieuphoi.laocai", "en");
    const auditRows = await h.database.prisma.auditLog.count();
    expect(await refusal(english.periods.setStatus.mutate({ ...doanThe(), status: "LOCKED" }))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "period.unverified",
      message:
        "7 units are not verified yet (Ủy ban MTTQ Việt Nam tỉnh Lào Cai, Hội Liên hiệp Phụ nữ tỉnh Lào Cai, " +
        "Tỉnh đoàn Lào Cai, Hội Nông dân tỉnh Lào Cai, Hội Cựu chiến binh tỉnh Lào Cai, …). " +
        "To lock quarter IV/2025 anyway, write the reason.",
    });
    expect(await h.database.prisma.auditLog.count()).toBe(auditRows);
    expect(await storedStatus(h.seed.blocs["LCI-DOANTHE"], 2025, 4)).toBe("OPEN");
  });

  it("refuses to reopen without a reason, in the caller's language", async () => {
    const input = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2025, quarter: 2, status: "OPEN" as const };
    expect(await refusal((await as("dieuphoi.laocai")).periods.setStatus.mutate({ ...input, reason: " " }))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "period.reopenReason",
      message: "Hãy ghi lý do mở lại quý II/2025: lý do được lưu trong lịch sử của quý.",
    });
    expect((await refusal((await as("dieuphoi.laocai", "en")).periods.setStatus.mutate(input))).message).toBe(
      "Write why quarter II/2025 is reopened: the reason is kept in the quarter's history.",
    );
    expect(await storedStatus(h.seed.blocs["LCI-HUYEN"], 2025, 2)).toBe("PUBLISHED");
  });

  it("refuses to lock a quarter before the ones before it, once they were opened", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const district = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2025 };
    await coordinator.periods.setDeadline.mutate({ ...district, quarter: 3, deadline: "2025-10-15" });
    const lockFourth = { ...district, quarter: 4, status: "LOCKED" as const, reason: "Thử khóa" };
    expect(await refusal(coordinator.periods.setStatus.mutate(lockFourth))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "period.earlierOpen",
      message: "Chưa khóa sổ được quý IV/2025: quý III/2025 chưa khóa sổ. Hãy khóa sổ các quý theo thứ tự.",
    });
    expect(await storedStatus(h.seed.blocs["LCI-HUYEN"], 2025, 4)).toBeNull();
  });

  it("locks a cluster formed mid-year without the quarters it never held, and relocks after a reopening", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const cluster = { blocId: h.seed.blocs["LCI-CUM1"], year: 2025, quarter: 4 };
    await coordinator.periods.setStatus.mutate({ ...cluster, status: "OPEN", reason: "Bổ sung số liệu phường Sa Pa" });
    // Every member's sheet of quarter IV is still verified, and quarters I and II were never held.
    const quarters = await coordinator.periods.setStatus.mutate({ ...cluster, status: "LOCKED" });
    expect(statuses(quarters)).toEqual(["OPEN", "OPEN", "PUBLISHED", "LOCKED"]);
  });

  it("refuses to skip locking or to unpublish, in the caller's language", async () => {
    const coordinator = await as("dieuphoi.laocai");
    expect(await refusal(coordinator.periods.setStatus.mutate({ ...doanThe(), status: "PUBLISHED" }))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "period.transition",
      message:
        "Quý IV/2025 đang mở, không chuyển sang công bố được. Thứ tự là mở → khóa sổ → công bố; mở lại khi cần sửa.",
    });
    const english = await as("dieuphoi.laocai", "en");
    const unpublish = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2024, quarter: 2, status: "LOCKED" as const };
    expect((await refusal(english.periods.setStatus.mutate(unpublish))).message).toBe(
      "Quarter II/2024 is published and cannot become locked. The order is open → locked → published; reopen it to edit.",
    );
    expect(await storedStatus(h.seed.blocs["LCI-DOANTHE"], 2025, 4)).toBe("OPEN");
    expect(await storedStatus(h.seed.blocs["LCI-HUYEN"], 2024, 2)).toBe("PUBLISHED");
  });

  it("refuses other coordinators, leaders, units and anonymous callers", async () => {
    const lock = { ...doanThe(), status: "LOCKED" as const };
    expect(await refusal((await as("dieuphoi.backan")).periods.setStatus.mutate(lock))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
      message: FORBIDDEN,
    });
    expect(await refusal((await as("lanhdao.laocai")).periods.setStatus.mutate(lock))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.readOnly",
      message: READ_ONLY,
    });
    expect((await refusal((await as("donvi.tinhdoan")).periods.setStatus.mutate(lock))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().periods.setStatus.mutate(lock))).code).toBe("UNAUTHORIZED");
    expect(await storedStatus(h.seed.blocs["LCI-DOANTHE"], 2025, 4)).toBe("OPEN");
  });

  it("lets the Bắc Kạn coordinator publish a quarter of their own bloc", async () => {
    const backan = await as("dieuphoi.backan");
    const input = { blocId: h.seed.blocs["BKN-HUYEN"], year: 2025, quarter: 2 };
    // Reopening takes a reason (issue 10); every member was verified, so the lock needs none.
    await backan.periods.setStatus.mutate({ ...input, status: "OPEN", reason: "Chợ Đồn bổ sung minh chứng" });
    await backan.periods.setStatus.mutate({ ...input, status: "LOCKED" });
    const quarters = await backan.periods.setStatus.mutate({ ...input, status: "PUBLISHED" });
    expect(statuses(quarters)).toEqual(["PUBLISHED", "PUBLISHED", "OPEN", "OPEN"]);
    expect(quarters[1]?.updatedBy?.displayName).toBe("Ban Thi đua - Khen thưởng tỉnh Bắc Kạn");
  });
});
