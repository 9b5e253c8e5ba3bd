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
    expect(quarters[2]).toEqual({ quarter: 3, status: "OPEN", updatedAt: null, updatedBy: null });
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

describe("periods.setStatus", () => {
  const doanThe = () => ({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 });

  it("locks, publishes and reopens a quarter, recording who and auditing each step", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const locked = await coordinator.periods.setStatus.mutate({ ...doanThe(), status: "LOCKED" });
    expect(statuses(locked)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED", "LOCKED"]);
    expect(locked[3]?.updatedBy).toEqual({ id: h.seed.users["dieuphoi.laocai"], displayName: COORDINATOR_LAO_CAI });

    const published = await coordinator.periods.setStatus.mutate({ ...doanThe(), status: "PUBLISHED" });
    expect(published[3]?.status).toBe("PUBLISHED");
    const reopened = await (await as("admin")).periods.setStatus.mutate({ ...doanThe(), status: "OPEN" });
    expect(reopened[3]).toMatchObject({ status: "OPEN", updatedBy: { displayName: "Quản trị hệ thống" } });
    expect(await storedStatus(h.seed.blocs["LCI-DOANTHE"], 2025, 4)).toBe("OPEN");

    const audit = await h.database.prisma.auditLog.findMany({
      where: { blocId: h.seed.blocs["LCI-DOANTHE"], entity: "period" },
      select: { action: true, before: true, after: true, userId: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(audit).toEqual([
      {
        action: "update",
        before: { quarter: 4, status: "OPEN" },
        after: { quarter: 4, status: "LOCKED" },
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
        after: { quarter: 4, status: "OPEN" },
        userId: h.seed.users.admin,
      },
    ]);
  });

  it("creates the row of a quarter that had none", async () => {
    const quarters = await (
      await as("dieuphoi.laocai")
    ).periods.setStatus.mutate({
      blocId: h.seed.blocs["LCI-HUYEN"],
      year: 2025,
      quarter: 3,
      status: "LOCKED",
    });
    expect(statuses(quarters)).toEqual(["PUBLISHED", "PUBLISHED", "LOCKED", "OPEN"]);
    expect(await storedStatus(h.seed.blocs["LCI-HUYEN"], 2025, 3)).toBe("LOCKED");
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
    await backan.periods.setStatus.mutate({ ...input, status: "OPEN" });
    await backan.periods.setStatus.mutate({ ...input, status: "LOCKED" });
    const quarters = await backan.periods.setStatus.mutate({ ...input, status: "PUBLISHED" });
    expect(statuses(quarters)).toEqual(["PUBLISHED", "PUBLISHED", "OPEN", "OPEN"]);
    expect(quarters[1]?.updatedBy?.displayName).toBe("Ban Thi đua - Khen thưởng tỉnh Bắc Kạn");
  });
});
