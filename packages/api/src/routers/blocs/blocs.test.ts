import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UnitCode } from "@thidua/db/seed";
import type { Locale } from "../../i18n/locale";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";
import { rotateLeadership } from "./copy-year";

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

const unitIds = (...codes: UnitCode[]) => codes.map((code) => h.seed.units[code]);
const unitId = (code: UnitCode) => h.seed.units[code];

/** Everything a bloc-year write touches, to show that a refused one changed nothing. */
async function blocYearState(blocId: string, year: number) {
  const db = h.database.prisma;
  return {
    blocYear: await db.blocYear.findUnique({
      where: { blocId_year: { blocId, year } },
      select: { version: true, headUnitId: true, deputyUnitId: true },
    }),
    members: await db.membership.findMany({
      where: { blocYear: { blocId, year } },
      select: { unitId: true, position: true },
      orderBy: { position: "asc" },
    }),
    periods: await db.period.findMany({
      where: { blocYear: { blocId, year } },
      select: { quarter: true, status: true },
      orderBy: { quarter: "asc" },
    }),
    // Sign-ins are audited too; this counts changes to the data only.
    auditRows: await db.auditLog.count({ where: { entity: { notIn: ["user", "signIn"] } } }),
  };
}

const HUYEN_MEMBERS: UnitCode[] = [
  "LCI-TPLAOCAI",
  "LCI-BAOTHANG",
  "LCI-SAPA",
  "LCI-BATXAT",
  "LCI-BAOYEN",
  "LCI-VANBAN",
  "LCI-MUONGKHUONG",
  "LCI-BACHA",
  "LCI-SIMACAI",
];

describe("blocs.list", () => {
  it("gives an admin every bloc with its province, latest year and member count", async () => {
    const blocs = await (await as("admin")).blocs.list.query();
    expect(blocs.map((bloc) => bloc.code).sort()).toEqual(["BKN-HUYEN", "LCI-CUM1", "LCI-DOANTHE", "LCI-HUYEN"]);
    expect(blocs.find((bloc) => bloc.code === "LCI-HUYEN")).toEqual({
      id: h.seed.blocs["LCI-HUYEN"],
      code: "LCI-HUYEN",
      name: "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai",
      province: { id: h.seed.units.LCI, name: "Tỉnh Lào Cai" },
      latestYear: 2025,
      memberCount: 9,
      archivedAt: null,
    });
    expect(blocs.find((bloc) => bloc.code === "LCI-CUM1")).toMatchObject({ latestYear: 2025, memberCount: 8 });
  });

  it("filters by year", async () => {
    const blocs = await (await as("admin")).blocs.list.query({ year: 2024 });
    expect(blocs.map((bloc) => bloc.code).sort()).toEqual(["BKN-HUYEN", "LCI-DOANTHE", "LCI-HUYEN"]);
    expect(blocs.find((bloc) => bloc.code === "BKN-HUYEN")).toMatchObject({ latestYear: 2025, memberCount: 8 });
  });

  it("gives coordinators their blocs, leaders their province's and unit users their unit's", async () => {
    const backan = await (await as("dieuphoi.backan")).blocs.list.query();
    expect(backan.map((bloc) => bloc.code)).toEqual(["BKN-HUYEN"]);
    const leader = await (await as("lanhdao.laocai")).blocs.list.query();
    expect(leader.map((bloc) => bloc.code).sort()).toEqual(["LCI-CUM1", "LCI-DOANTHE", "LCI-HUYEN"]);
    const batXat = await (await as("donvi.batxat")).blocs.list.query();
    expect(batXat).toMatchObject([{ code: "LCI-HUYEN", latestYear: 2025, memberCount: 9 }]);
    const camDuong = await as("donvi.camduong");
    expect((await camDuong.blocs.list.query()).map((bloc) => bloc.code)).toEqual(["LCI-CUM1"]);
    expect(await camDuong.blocs.list.query({ year: 2024 })).toEqual([]);
  });

  it("asks anonymous callers to sign in", async () => {
    expect(await refusal(h.anonymous().blocs.list.query())).toMatchObject({
      code: "UNAUTHORIZED",
      message: "Bạn cần đăng nhập.",
    });
  });
});

describe("blocs.byId", () => {
  it("shows a leader of the province the bloc with its years", async () => {
    const bloc = await (await as("lanhdao.laocai")).blocs.byId.query({ id: h.seed.blocs["LCI-HUYEN"] });
    expect(bloc).toMatchObject({
      code: "LCI-HUYEN",
      province: { code: "LCI", name: "Tỉnh Lào Cai" },
      canManage: false,
    });
    expect(bloc.years.map((row) => row.year)).toEqual([2025, 2024]);
    expect(bloc.years[0]).toMatchObject({
      memberCount: 9,
      head: { unitId: unitId("LCI-SAPA"), name: "Thị xã Sa Pa" },
      deputy: { unitId: unitId("LCI-BATXAT"), name: "Huyện Bát Xát" },
    });
    expect(bloc.years[0]?.periods.map((period) => period.status)).toEqual(["PUBLISHED", "PUBLISHED", "OPEN", "OPEN"]);
  });

  it("tells its coordinator that they manage it", async () => {
    const bloc = await (await as("dieuphoi.laocai")).blocs.byId.query({ id: h.seed.blocs["LCI-CUM1"] });
    expect(bloc).toMatchObject({ code: "LCI-CUM1", canManage: true });
    expect(bloc.years).toMatchObject([{ year: 2025, memberCount: 8, head: { name: "Phường Lào Cai" } }]);
  });

  it("refuses those outside the bloc", async () => {
    const id = h.seed.blocs["LCI-HUYEN"];
    for (const username of ["lanhdao.backan", "dieuphoi.backan", "donvi.chodon", "donvi.camduong"]) {
      expect(await refusal((await as(username)).blocs.byId.query({ id }))).toEqual({
        code: "FORBIDDEN",
        messageKey: "auth.forbidden",
        message: FORBIDDEN,
      });
    }
    expect((await refusal(h.anonymous().blocs.byId.query({ id }))).code).toBe("UNAUTHORIZED");
    expect(await refusal((await as("admin")).blocs.byId.query({ id: "no-such-bloc" }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy khối thi đua.",
    });
  });
});

describe("blocs.create and blocs.update", () => {
  const cluster2 = { code: "LCI-CUM2", name: "Cụm thi đua số 2 các xã, phường tỉnh Lào Cai" };

  it("lets an admin create a bloc in a province, audited", async () => {
    const bloc = await (await as("admin")).blocs.create.mutate({ ...cluster2, provinceId: h.seed.units.LCI });
    expect(bloc).toEqual({
      id: expect.any(String),
      ...cluster2,
      description: null,
      provinceId: h.seed.units.LCI,
      archivedAt: null,
    });
    const audit = await h.database.prisma.auditLog.findFirstOrThrow({
      where: { entity: "bloc", entityId: bloc.id },
      select: { action: true, userId: true, blocId: true },
    });
    expect(audit).toEqual({ action: "create", userId: h.seed.users.admin, blocId: bloc.id });
  });

  it("refuses a taken code and a bloc outside a province", async () => {
    const admin = await as("admin");
    const taken = admin.blocs.create.mutate({ code: "LCI-HUYEN", name: "Khối trùng mã", provinceId: h.seed.units.LCI });
    expect(await refusal(taken)).toEqual({
      code: "CONFLICT",
      messageKey: "conflict.exists",
      message: "Mã khối LCI-HUYEN đã tồn tại.",
    });
    const inDistrict = admin.blocs.create.mutate({ code: "LCI-X", name: "Khối sai", provinceId: unitId("LCI-BATXAT") });
    expect(await refusal(inDistrict)).toMatchObject({ code: "BAD_REQUEST", messageKey: "bloc.notProvince" });
    expect(await h.database.prisma.bloc.count()).toBe(5);
  });

  it("lets an admin rename a bloc and describe it", async () => {
    const id = h.seed.blocs["BKN-HUYEN"];
    const bloc = await (
      await as("admin")
    ).blocs.update.mutate({ id, name: "Khối thi đua các huyện tỉnh Bắc Kạn", description: null });
    expect(bloc).toMatchObject({
      id,
      code: "BKN-HUYEN",
      name: "Khối thi đua các huyện tỉnh Bắc Kạn",
      description: null,
    });
    const audit = await h.database.prisma.auditLog.findFirstOrThrow({
      where: { entity: "bloc", entityId: id, action: "update" },
      select: { before: true, after: true, blocId: true },
    });
    expect(audit).toMatchObject({
      blocId: id,
      before: { name: "Khối thi đua các huyện, thành phố tỉnh Bắc Kạn" },
      after: { name: "Khối thi đua các huyện tỉnh Bắc Kạn", description: null },
    });
    expect((await refusal((await as("admin")).blocs.update.mutate({ id: "no-such-bloc", name: "X" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("is for admins only", async () => {
    const create = { code: "LCI-CUM3", name: "Cụm 3", provinceId: h.seed.units.LCI };
    const update = { id: h.seed.blocs["LCI-HUYEN"], name: "Đổi tên" };
    const coordinator = await as("dieuphoi.laocai");
    expect((await refusal(coordinator.blocs.create.mutate(create))).messageKey).toBe("auth.forbidden");
    expect((await refusal(coordinator.blocs.update.mutate(update))).messageKey).toBe("auth.forbidden");
    const leader = await as("lanhdao.laocai");
    expect(await refusal(leader.blocs.create.mutate(create))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.readOnly",
      message: READ_ONLY,
    });
    expect((await refusal(leader.blocs.update.mutate(update))).message).toBe(READ_ONLY);
    const unit = await as("donvi.batxat");
    expect((await refusal(unit.blocs.update.mutate(update))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().blocs.create.mutate(create))).code).toBe("UNAUTHORIZED");
    const huyen = await h.database.prisma.bloc.findUniqueOrThrow({ where: { id: update.id }, select: { name: true } });
    expect(huyen.name).toBe("Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai");
  });
});

describe("blocs.year", () => {
  it("shows a bloc-year's members in order, head, deputy and quarters", async () => {
    const year = await (
      await as("dieuphoi.laocai")
    ).blocs.year.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2024 });
    expect(year.members.map((member) => member.unitId)).toEqual(unitIds(...HUYEN_MEMBERS));
    expect(year.members[0]).toEqual({
      unitId: unitId("LCI-TPLAOCAI"),
      code: "LCI-TPLAOCAI",
      name: "Thành phố Lào Cai",
      kind: "CITY",
      position: 0,
    });
    expect(year).toMatchObject({
      id: h.seed.blocYears["LCI-HUYEN"][2024],
      year: 2024,
      version: 1,
      head: { unitId: unitId("LCI-TPLAOCAI"), name: "Thành phố Lào Cai" },
      deputy: { unitId: unitId("LCI-BAOTHANG"), name: "Huyện Bảo Thắng" },
      canManage: true,
    });
    expect(year.periods.map((period) => period.status)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED"]);
  });

  it("lets a member unit read its own bloc's year", async () => {
    const year = await (await as("donvi.batxat")).blocs.year.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2025 });
    expect(year).toMatchObject({ head: { name: "Thị xã Sa Pa" }, deputy: { name: "Huyện Bát Xát" }, canManage: false });
    expect(year.members).toHaveLength(9);
  });

  it("refuses units of other blocs or years, another province and other coordinators", async () => {
    const huyen2024 = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2024 };
    expect((await refusal((await as("donvi.camduong")).blocs.year.query(huyen2024))).code).toBe("FORBIDDEN");
    const cluster = { blocId: h.seed.blocs["LCI-CUM1"], year: 2025 };
    expect((await refusal((await as("donvi.batxat")).blocs.year.query(cluster))).code).toBe("FORBIDDEN");
    expect((await refusal((await as("lanhdao.backan")).blocs.year.query(huyen2024))).code).toBe("FORBIDDEN");
    expect(await refusal((await as("dieuphoi.backan")).blocs.year.query(huyen2024))).toMatchObject({
      code: "FORBIDDEN",
      message: FORBIDDEN,
    });
    expect((await refusal(h.anonymous().blocs.year.query(huyen2024))).code).toBe("UNAUTHORIZED");
  });

  it("says when the bloc has no such year, in the caller's language", async () => {
    const input = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2030 };
    expect(await refusal((await as("lanhdao.laocai")).blocs.year.query(input))).toEqual({
      code: "NOT_FOUND",
      messageKey: "notFound.blocYear",
      message: "Khối chưa có dữ liệu năm 2030.",
    });
    expect((await refusal((await as("lanhdao.laocai", "en")).blocs.year.query(input))).message).toBe(
      "The bloc has no data for 2030.",
    );
  });
});

describe("blocs.saveYear", () => {
  const cluster = () => h.seed.blocs["LCI-CUM1"];
  const huyen = () => h.seed.blocs["LCI-HUYEN"];
  const huyen2025 = () => ({
    blocId: huyen(),
    year: 2025,
    version: 1,
    memberUnitIds: unitIds(...HUYEN_MEMBERS),
    headUnitId: unitId("LCI-SAPA"),
    deputyUnitId: unitId("LCI-BATXAT"),
  });

  it("starts a new year with its members, leadership and four open quarters, audited", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const saved = await coordinator.blocs.saveYear.mutate({
      blocId: cluster(),
      year: 2026,
      version: null,
      memberUnitIds: unitIds("LCI-P-LAOCAI", "LCI-P-CAMDUONG", "LCI-P-SAPA"),
      headUnitId: unitId("LCI-P-SAPA"),
      deputyUnitId: unitId("LCI-P-LAOCAI"),
    });
    expect(saved).toMatchObject({
      blocId: cluster(),
      year: 2026,
      version: 1,
      head: { name: "Phường Sa Pa" },
      deputy: { name: "Phường Lào Cai" },
      canManage: true,
    });
    expect(saved.members.map((member) => [member.name, member.position])).toEqual([
      ["Phường Lào Cai", 0],
      ["Phường Cam Đường", 1],
      ["Phường Sa Pa", 2],
    ]);
    expect(saved.periods.map((period) => [period.quarter, period.status, period.updatedBy?.displayName])).toEqual([
      [1, "OPEN", COORDINATOR_LAO_CAI],
      [2, "OPEN", COORDINATOR_LAO_CAI],
      [3, "OPEN", COORDINATOR_LAO_CAI],
      [4, "OPEN", COORDINATOR_LAO_CAI],
    ]);
    const audit = await h.database.prisma.auditLog.findMany({
      where: { blocId: cluster(), entityId: { in: [saved.id] } },
      select: { entity: true, action: true, before: true, after: true, userId: true },
    });
    expect(audit).toEqual([
      {
        entity: "blocYear",
        action: "create",
        before: null,
        after: {
          members: [
            { unitId: unitId("LCI-P-LAOCAI"), name: "Phường Lào Cai" },
            { unitId: unitId("LCI-P-CAMDUONG"), name: "Phường Cam Đường" },
            { unitId: unitId("LCI-P-SAPA"), name: "Phường Sa Pa" },
          ],
          headUnitId: unitId("LCI-P-SAPA"),
          deputyUnitId: unitId("LCI-P-LAOCAI"),
        },
        userId: h.seed.users["dieuphoi.laocai"],
      },
    ]);
    expect(
      await h.database.prisma.auditLog.count({ where: { blocId: cluster(), entity: "period", action: "create" } }),
    ).toBe(4);
  });

  it("updates a year with the version it read, and removes a member without results", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const saved = await coordinator.blocs.saveYear.mutate({
      blocId: cluster(),
      year: 2026,
      version: 1,
      memberUnitIds: unitIds("LCI-X-BATXAT", "LCI-P-LAOCAI", "LCI-P-CAMDUONG"),
      headUnitId: unitId("LCI-P-CAMDUONG"),
      deputyUnitId: unitId("LCI-X-BATXAT"),
    });
    expect(saved.version).toBe(2);
    expect(saved.members.map((member) => member.code)).toEqual(["LCI-X-BATXAT", "LCI-P-LAOCAI", "LCI-P-CAMDUONG"]);
    expect(saved).toMatchObject({ head: { name: "Phường Cam Đường" }, deputy: { name: "Xã Bát Xát" } });
    // The year's quarters already existed: none is added twice.
    expect(await h.database.prisma.period.count({ where: { blocYearId: saved.id } })).toBe(4);
  });

  it("refuses a stale version, whoever saved in between, and changes nothing", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const before = await blocYearState(cluster(), 2026);
    const stale = coordinator.blocs.saveYear.mutate({
      blocId: cluster(),
      year: 2026,
      version: 1,
      memberUnitIds: unitIds("LCI-P-SAPA"),
      headUnitId: null,
      deputyUnitId: null,
    });
    expect(await refusal(stale)).toEqual({
      code: "CONFLICT",
      messageKey: "conflict.version",
      message:
        "Dữ liệu khối năm 2026 đã được người khác sửa trong lúc bạn nhập. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.",
    });
    const recreate = coordinator.blocs.saveYear.mutate({
      blocId: cluster(),
      year: 2026,
      version: null,
      memberUnitIds: [],
      headUnitId: null,
      deputyUnitId: null,
    });
    expect((await refusal(recreate)).messageKey).toBe("conflict.version");
    expect(await blocYearState(cluster(), 2026)).toEqual(before);
  });

  it("lets only one of two saves of the same version through", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const admin = await as("admin", "en");
    const { version } = await coordinator.blocs.year.query({ blocId: cluster(), year: 2026 });
    const input = (headCode: UnitCode) => ({
      blocId: cluster(),
      year: 2026,
      version,
      memberUnitIds: unitIds("LCI-X-BATXAT", "LCI-P-LAOCAI", "LCI-P-CAMDUONG"),
      headUnitId: unitId(headCode),
      deputyUnitId: null,
    });
    const outcomes = await Promise.allSettled([
      coordinator.blocs.saveYear.mutate(input("LCI-X-BATXAT")),
      admin.blocs.saveYear.mutate(input("LCI-P-LAOCAI")),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    const message = (rejected as PromiseRejectedResult).reason.message as string;
    expect(message).toMatch(
      /^(Dữ liệu khối năm 2026 đã được người khác sửa|The bloc's 2026 data was changed by someone else)/,
    );
    const state = await blocYearState(cluster(), 2026);
    expect(state.blocYear?.version).toBe(version + 1);
  });

  it("creates the missing quarters of an existing year", async () => {
    const saved = await (
      await as("dieuphoi.laocai")
    ).blocs.saveYear.mutate({
      ...huyen2025(),
      headUnitId: unitId("LCI-BATXAT"),
      deputyUnitId: unitId("LCI-SAPA"),
    });
    expect(saved).toMatchObject({ version: 2, head: { name: "Huyện Bát Xát" }, deputy: { name: "Thị xã Sa Pa" } });
    expect(saved.periods.map((period) => period.status)).toEqual(["PUBLISHED", "PUBLISHED", "OPEN", "OPEN"]);
    expect(await h.database.prisma.period.count({ where: { blocYearId: saved.id } })).toBe(4);
  });

  it("keeps the version and writes no audit row when a save changes nothing", async () => {
    const before = await blocYearState(huyen(), 2025);
    const saved = await (
      await as("dieuphoi.laocai")
    ).blocs.saveYear.mutate({
      ...huyen2025(),
      version: 2,
      headUnitId: unitId("LCI-BATXAT"),
      deputyUnitId: unitId("LCI-SAPA"),
    });
    expect(saved.version).toBe(2);
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });

  it("refuses a unit of another province by its id, never its name, unless the caller may read it", async () => {
    const before = await blocYearState(huyen(), 2025);
    const input = { ...huyen2025(), version: 2, memberUnitIds: unitIds(...HUYEN_MEMBERS, "BKN-CHODON") };
    expect(await refusal((await as("dieuphoi.laocai")).blocs.saveYear.mutate(input))).toEqual({
      code: "BAD_REQUEST",
      messageKey: "membership.otherProvince",
      message: `${unitId("BKN-CHODON")} không thuộc tỉnh của khối.`,
    });
    expect((await refusal((await as("admin")).blocs.saveYear.mutate(input))).message).toBe(
      "Huyện Chợ Đồn không thuộc tỉnh của khối.",
    );
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });

  it("refuses a unit that is in another bloc that year, naming it, and changes nothing", async () => {
    const before = await blocYearState(huyen(), 2025);
    const input = {
      ...huyen2025(),
      version: 2,
      memberUnitIds: unitIds(...HUYEN_MEMBERS, "LCI-P-LAOCAI", "LCI-TINHDOAN"),
    };
    expect(await refusal((await as("dieuphoi.laocai")).blocs.saveYear.mutate(input))).toEqual({
      code: "CONFLICT",
      messageKey: "membership.taken",
      message: expect.stringMatching(
        /^(Phường Lào Cai, Tỉnh đoàn Lào Cai|Tỉnh đoàn Lào Cai, Phường Lào Cai) đã thuộc khối khác trong năm 2025\.$/,
      ),
    });
    const english = await refusal(
      (await as("dieuphoi.laocai", "en")).blocs.saveYear.mutate({
        ...input,
        memberUnitIds: unitIds(...HUYEN_MEMBERS, "LCI-P-LAOCAI"),
      }),
    );
    expect(english.message).toBe("Phường Lào Cai already belongs to another bloc in 2025.");
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });

  it("refuses to drop a member that has results that year, in the caller's language", async () => {
    const before = await blocYearState(huyen(), 2025);
    const input = {
      ...huyen2025(),
      version: 2,
      memberUnitIds: unitIds(...HUYEN_MEMBERS.filter((code) => code !== "LCI-SIMACAI")),
    };
    expect(await refusal((await as("dieuphoi.laocai")).blocs.saveYear.mutate(input))).toEqual({
      code: "CONFLICT",
      messageKey: "membership.hasResults",
      message: "Không bỏ được Huyện Si Ma Cai khỏi khối: đơn vị đã có kết quả chấm điểm năm 2025.",
    });
    expect((await refusal((await as("dieuphoi.laocai", "en")).blocs.saveYear.mutate(input))).message).toBe(
      "Huyện Si Ma Cai cannot be removed from the bloc: it already has results for 2025.",
    );
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });

  it("refuses leaders who are not members, one unit as both, duplicates and units of another province", async () => {
    const coordinator = await as("dieuphoi.laocai");
    const before = await blocYearState(huyen(), 2025);
    const base = { ...huyen2025(), version: 2 };
    const save = (changes: Partial<typeof base>) => refusal(coordinator.blocs.saveYear.mutate({ ...base, ...changes }));

    expect(await save({ headUnitId: unitId("LCI-MTTQ") })).toEqual({
      code: "BAD_REQUEST",
      messageKey: "membership.headNotMember",
      message: "Khối trưởng và khối phó phải là thành viên của khối.",
    });
    expect((await save({ deputyUnitId: unitId("LCI-P-SAPA") })).messageKey).toBe("membership.headNotMember");
    expect((await save({ deputyUnitId: unitId("LCI-SAPA") })).message).toBe(
      "Khối trưởng và khối phó phải là hai đơn vị khác nhau.",
    );
    expect((await save({ memberUnitIds: unitIds(...HUYEN_MEMBERS, "LCI-BATXAT") })).message).toBe(
      "Huyện Bát Xát có tên hai lần trong danh sách thành viên.",
    );
    // Named by its id: the coordinator may not read Bắc Kạn's units.
    expect((await save({ memberUnitIds: unitIds(...HUYEN_MEMBERS, "BKN-BABE") })).message).toBe(
      `${unitId("BKN-BABE")} không thuộc tỉnh của khối.`,
    );
    expect((await save({ memberUnitIds: [...unitIds(...HUYEN_MEMBERS), "no-such-unit"] })).code).toBe("NOT_FOUND");
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });

  it("refuses other coordinators, leaders, units and anonymous callers", async () => {
    const before = await blocYearState(huyen(), 2025);
    const input = { ...huyen2025(), version: 2, headUnitId: unitId("LCI-TPLAOCAI") };
    expect(await refusal((await as("dieuphoi.backan")).blocs.saveYear.mutate(input))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
      message: FORBIDDEN,
    });
    expect(await refusal((await as("lanhdao.laocai")).blocs.saveYear.mutate(input))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.readOnly",
      message: READ_ONLY,
    });
    expect((await refusal((await as("donvi.batxat")).blocs.saveYear.mutate(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().blocs.saveYear.mutate(input))).code).toBe("UNAUTHORIZED");
    expect(await blocYearState(huyen(), 2025)).toEqual(before);
  });
});

describe("blocs.copyYear", () => {
  it("starts a year from the previous one with the deputy as head and the next member as deputy", async () => {
    const copied = await (
      await as("dieuphoi.laocai")
    ).blocs.copyYear.mutate({
      blocId: h.seed.blocs["LCI-DOANTHE"],
      year: 2026,
    });
    expect(copied.members.map((member) => member.code)).toEqual([
      "LCI-MTTQ",
      "LCI-HOIPHUNU",
      "LCI-TINHDOAN",
      "LCI-HOINONGDAN",
      "LCI-HOICCB",
      "LCI-LDLD",
      "LCI-CHUTHAPDO",
    ]);
    expect(copied).toMatchObject({
      year: 2026,
      version: 1,
      head: { name: "Hội Nông dân tỉnh Lào Cai" },
      deputy: { name: "Hội Cựu chiến binh tỉnh Lào Cai" },
    });
    expect(copied.periods.map((period) => period.status)).toEqual(["OPEN", "OPEN", "OPEN", "OPEN"]);
  });

  it("refuses a year that exists or has no previous year", async () => {
    const coordinator = await as("dieuphoi.laocai");
    expect(
      await refusal(coordinator.blocs.copyYear.mutate({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2026 })),
    ).toEqual({
      code: "CONFLICT",
      messageKey: "conflict.exists",
      message: "Dữ liệu khối năm 2026 đã tồn tại.",
    });
    const english = await as("dieuphoi.laocai", "en");
    expect(
      await refusal(english.blocs.copyYear.mutate({ blocId: h.seed.blocs["LCI-CUM1"], year: 2025 })),
    ).toMatchObject({
      code: "NOT_FOUND",
      message: "The bloc has no data for 2024.",
    });
  });

  it("refuses a member taken by another bloc in the new year and writes nothing", async () => {
    const admin = await as("admin");
    const cluster2 = await admin.blocs.create.mutate({
      code: "LCI-CUM9",
      name: "Cụm thi đua số 9",
      provinceId: h.seed.units.LCI,
    });
    await admin.blocs.saveYear.mutate({
      blocId: cluster2.id,
      year: 2027,
      version: null,
      memberUnitIds: [unitId("LCI-TINHDOAN")],
      headUnitId: unitId("LCI-TINHDOAN"),
      deputyUnitId: null,
    });
    const auditRows = await h.database.prisma.auditLog.count({ where: { entity: { notIn: ["user", "signIn"] } } });
    const copy = (await as("dieuphoi.laocai")).blocs.copyYear.mutate({
      blocId: h.seed.blocs["LCI-DOANTHE"],
      year: 2027,
    });
    expect(await refusal(copy)).toMatchObject({
      code: "CONFLICT",
      message: "Tỉnh đoàn Lào Cai đã thuộc khối khác trong năm 2027.",
    });
    expect(await blocYearState(h.seed.blocs["LCI-DOANTHE"], 2027)).toEqual({
      blocYear: null,
      members: [],
      periods: [],
      auditRows,
    });
  });

  it("refuses other coordinators, leaders, units and anonymous callers", async () => {
    const input = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2026 };
    expect((await refusal((await as("dieuphoi.backan")).blocs.copyYear.mutate(input))).messageKey).toBe(
      "auth.forbidden",
    );
    expect((await refusal((await as("lanhdao.laocai")).blocs.copyYear.mutate(input))).message).toBe(READ_ONLY);
    expect((await refusal((await as("donvi.batxat")).blocs.copyYear.mutate(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().blocs.copyYear.mutate(input))).code).toBe("UNAUTHORIZED");
    expect(await h.database.prisma.blocYear.count({ where: input })).toBe(0);
  });
});

describe("rotateLeadership", () => {
  it("hands the headship to the deputy and the deputyship to the next member, wrapping round", () => {
    expect(rotateLeadership(["a", "b", "c"], "a", "b")).toEqual({ headUnitId: "b", deputyUnitId: "c" });
    expect(rotateLeadership(["a", "b", "c"], "b", "c")).toEqual({ headUnitId: "c", deputyUnitId: "a" });
  });

  it("moves the headship on when there was no deputy, and copes with tiny blocs", () => {
    expect(rotateLeadership(["a", "b", "c"], "a", null)).toEqual({ headUnitId: "b", deputyUnitId: "c" });
    expect(rotateLeadership(["a", "b"], "x", "y")).toEqual({ headUnitId: "a", deputyUnitId: "b" });
    expect(rotateLeadership(["a"], "a", null)).toEqual({ headUnitId: "a", deputyUnitId: null });
    expect(rotateLeadership([], "a", "b")).toEqual({ headUnitId: null, deputyUnitId: null });
  });
});
