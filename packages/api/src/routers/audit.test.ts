import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locale";
import { createApiHarness, refusal, type ApiHarness } from "../testing/harness";

const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const COORDINATOR_LAO_CAI = "Ban Thi đua - Khen thưởng tỉnh Lào Cai";

let h: ApiHarness;
let doanThe: string;

/** A history to read: two quarter changes, a copied year (one bloc-year and four quarters) and a rename. */
beforeAll(async () => {
  h = await createApiHarness();
  doanThe = h.seed.blocs["LCI-DOANTHE"];
  const coordinator = await as("dieuphoi.laocai");
  // Quarter IV has members unverified and a reopening needs a reason (issue 10): both get one.
  const reason = "Giao ban quý IV";
  await coordinator.periods.setStatus.mutate({ blocId: doanThe, year: 2025, quarter: 4, status: "LOCKED", reason });
  await coordinator.periods.setStatus.mutate({ blocId: doanThe, year: 2025, quarter: 4, status: "PUBLISHED" });
  await coordinator.blocs.copyYear.mutate({ blocId: doanThe, year: 2026 });
  await (await as("admin")).blocs.update.mutate({ id: doanThe, name: "Khối MTTQ và các đoàn thể tỉnh Lào Cai" });
  await (
    await as("dieuphoi.backan")
  ).periods.setStatus.mutate({
    blocId: h.seed.blocs["BKN-HUYEN"],
    year: 2025,
    quarter: 2,
    status: "OPEN",
    reason: "Chợ Đồn bổ sung minh chứng",
  });
});

afterAll(async () => {
  await h?.close();
});

const as = (username: string, locale?: Locale) => h.as(username, locale);

describe("audit.list", () => {
  it("gives the bloc's coordinator its history, newest first, with who did it", async () => {
    const page = await (await as("dieuphoi.laocai")).audit.list.query({ blocId: doanThe });
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(8);
    expect(page.items[0]).toMatchObject({
      entity: "bloc",
      entityId: doanThe,
      action: "update",
      before: { name: "Khối thi đua Mặt trận Tổ quốc và các đoàn thể tỉnh Lào Cai" },
      after: { name: "Khối MTTQ và các đoàn thể tỉnh Lào Cai" },
      user: { id: h.seed.users.admin, displayName: "Quản trị hệ thống" },
    });
    expect(page.items.at(-1)).toMatchObject({
      entity: "period",
      action: "update",
      before: { quarter: 4, status: "OPEN" },
      after: { quarter: 4, status: "LOCKED" },
      user: { displayName: COORDINATOR_LAO_CAI },
    });
    const times = page.items.map((item) => item.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages through the history with a cursor", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const all = await coordinator.audit.list.query({ blocId: doanThe });
    const seen: string[] = [];
    let cursor: string | undefined;
    const pageSizes: number[] = [];
    do {
      const page = await coordinator.audit.list.query({ blocId: doanThe, limit: 3, cursor });
      pageSizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pageSizes).toEqual([3, 3, 2]);
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it("filters by entity and by entity id", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const periods = await coordinator.audit.list.query({ blocId: doanThe, entity: "period" });
    expect(periods.items.map((item) => item.action).sort()).toEqual([
      "create",
      "create",
      "create",
      "create",
      "update",
      "update",
    ]);
    const years = await coordinator.audit.list.query({ blocId: doanThe, entity: "blocYear" });
    expect(years.items).toHaveLength(1);
    expect(years.items[0]).toMatchObject({
      action: "create",
      before: null,
      after: { headUnitId: h.seed.units["LCI-HOINONGDAN"] },
    });
    const one = await coordinator.audit.list.query({ blocId: doanThe, entityId: years.items[0]?.entityId });
    expect(one.items.map((item) => item.id)).toEqual(years.items.map((item) => item.id));
  });

  it("lets an admin read any bloc, and keeps blocs apart", async () => {
    const page = await (await as("admin")).audit.list.query({ blocId: h.seed.blocs["BKN-HUYEN"] });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      entity: "period",
      after: { quarter: 2, status: "OPEN" },
      user: { displayName: "Ban Thi đua - Khen thưởng tỉnh Bắc Kạn" },
    });
    expect((await (await as("admin")).audit.list.query({ blocId: h.seed.blocs["LCI-CUM1"] })).items).toEqual([]);
  });

  it("lets the province's leader read the history, and refuses other provinces' leaders", async () => {
    const input = { blocId: doanThe };
    const asLeader = await (await as("lanhdao.laocai")).audit.list.query(input);
    const asAdmin = await (await as("admin")).audit.list.query(input);
    expect(asLeader).toEqual(asAdmin);
    expect((await refusal((await as("lanhdao.backan", "en")).audit.list.query(input))).message).toBe(
      "You are not allowed to do this.",
    );
  });

  it("refuses other coordinators, units and anonymous callers", async () => {
    const input = { blocId: doanThe };
    expect(await refusal((await as("dieuphoi.backan")).audit.list.query(input))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
      message: FORBIDDEN,
    });
    expect((await refusal((await as("donvi.tinhdoan")).audit.list.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().audit.list.query(input))).code).toBe("UNAUTHORIZED");
    expect((await refusal((await as("admin")).audit.list.query({ blocId: "no-such-bloc" }))).code).toBe("NOT_FOUND");
  });
});
