import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";
import type { Locale } from "../../i18n/locale";

const READ_ONLY = "Tài khoản lãnh đạo chỉ được xem, không được sửa.";
const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const SIGN_IN = "Bạn cần đăng nhập.";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

const as = (username: string, locale?: Locale) => h.as(username, locale);

const codes = (units: { code: string }[]) => units.map((unit) => unit.code).sort();

describe("units.list", () => {
  it("gives an admin every unit, filtered by kind or province", async () => {
    const admin = await as("admin");
    expect(await admin.units.list.query()).toHaveLength(34);
    expect(codes(await admin.units.list.query({ kind: "PROVINCE" }))).toEqual(["BKN", "LCI"]);
    const bacKan = await admin.units.list.query({ provinceId: h.seed.units.BKN });
    expect(bacKan).toHaveLength(9);
    expect(bacKan.find((unit) => unit.code === "BKN-CHODON")).toEqual({
      id: h.seed.units["BKN-CHODON"],
      code: "BKN-CHODON",
      name: "Huyện Chợ Đồn",
      kind: "DISTRICT",
      parentId: h.seed.units.BKN,
      archivedAt: null,
    });
  });

  it("gives a leader, a coordinator and a unit user only their own province", async () => {
    const leader = await as("lanhdao.backan");
    const bacKan = await leader.units.list.query();
    expect(bacKan).toHaveLength(9);
    expect(bacKan.every((unit) => unit.code.startsWith("BKN"))).toBe(true);

    const coordinator = await as("dieuphoi.laocai");
    expect(await coordinator.units.list.query({ kind: "CITY" })).toMatchObject([{ code: "LCI-TPLAOCAI" }]);

    const unit = await as("donvi.batxat");
    expect(codes(await unit.units.list.query({ kind: "ORGANISATION" }))).toEqual([
      "LCI-CHUTHAPDO",
      "LCI-HOICCB",
      "LCI-HOINONGDAN",
      "LCI-HOIPHUNU",
      "LCI-LDLD",
      "LCI-MTTQ",
      "LCI-TINHDOAN",
    ]);
  });

  it("refuses another province and anonymous callers", async () => {
    const leader = await as("lanhdao.backan");
    expect(await refusal(leader.units.list.query({ provinceId: h.seed.units.LCI }))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.forbidden",
      message: FORBIDDEN,
    });
    const unit = await as("donvi.chodon");
    expect((await refusal(unit.units.list.query({ provinceId: h.seed.units.LCI }))).code).toBe("FORBIDDEN");
    expect(await refusal(h.anonymous().units.list.query())).toMatchObject({ code: "UNAUTHORIZED", message: SIGN_IN });
  });
});

describe("units.provinces", () => {
  it("lists the provinces each role may read", async () => {
    const admin = await as("admin");
    expect(codes(await admin.units.provinces.query())).toEqual(["BKN", "LCI"]);
    const coordinator = await as("dieuphoi.backan");
    expect(await coordinator.units.provinces.query()).toEqual([
      { id: h.seed.units.BKN, code: "BKN", name: "Tỉnh Bắc Kạn" },
    ]);
    const leader = await as("lanhdao.laocai");
    expect(codes(await leader.units.provinces.query())).toEqual(["LCI"]);
    const unit = await as("donvi.camduong");
    expect(codes(await unit.units.provinces.query())).toEqual(["LCI"]);
  });

  it("asks anonymous callers to sign in, in English when asked", async () => {
    expect(await refusal(h.anonymous("en").units.provinces.query())).toMatchObject({
      code: "UNAUTHORIZED",
      message: "Please sign in.",
    });
  });
});

describe("units.create", () => {
  const yTy = { code: "LCI-X-YTY", name: "Xã Y Tý", kind: "COMMUNE" as const };

  it("lets an admin add a commune to a province, with an audit entry", async () => {
    const admin = await as("admin");
    const created = await admin.units.create.mutate({ ...yTy, parentId: h.seed.units.LCI });
    expect(created).toMatchObject({ ...yTy, parentId: h.seed.units.LCI });

    const laoCai = await (await as("lanhdao.laocai")).units.list.query({ kind: "COMMUNE" });
    expect(codes(laoCai)).toContain("LCI-X-YTY");
    const bacKan = await (await as("lanhdao.backan")).units.list.query({ kind: "COMMUNE" });
    expect(bacKan).toEqual([]);

    const audit = await h.database.prisma.auditLog.findFirstOrThrow({
      where: { entity: "unit", entityId: created.id },
      select: { action: true, userId: true, after: true },
    });
    expect(audit).toMatchObject({ action: "create", userId: h.seed.users.admin, after: { code: "LCI-X-YTY" } });
  });

  it("refuses a code that exists, in the caller's language", async () => {
    const input = {
      code: "LCI-BATXAT",
      name: "Huyện Bát Xát mới",
      kind: "DISTRICT" as const,
      parentId: h.seed.units.LCI,
    };
    const admin = await as("admin");
    expect(await refusal(admin.units.create.mutate(input))).toEqual({
      code: "CONFLICT",
      messageKey: "conflict.exists",
      message: "Mã đơn vị LCI-BATXAT đã tồn tại.",
    });
    const english = await as("admin", "en");
    expect((await refusal(english.units.create.mutate(input))).message).toBe("Unit code LCI-BATXAT already exists.");
  });

  it("keeps every unit directly under a province", async () => {
    const admin = await as("admin");
    const underDistrict = admin.units.create.mutate({ ...yTy, code: "LCI-X-A", parentId: h.seed.units["LCI-BATXAT"] });
    expect(await refusal(underDistrict)).toMatchObject({ code: "BAD_REQUEST", messageKey: "unit.parentProvince" });
    const orphan = admin.units.create.mutate({ ...yTy, code: "LCI-X-B", parentId: null });
    expect((await refusal(orphan)).messageKey).toBe("unit.parentProvince");
    const nestedProvince = admin.units.create.mutate({
      code: "HGG",
      name: "Tỉnh Hà Giang",
      kind: "PROVINCE",
      parentId: h.seed.units.LCI,
    });
    expect((await refusal(nestedProvince)).messageKey).toBe("unit.parentProvince");
    const unknownParent = admin.units.create.mutate({ ...yTy, code: "LCI-X-C", parentId: "no-such-unit" });
    expect(await refusal(unknownParent)).toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy đơn vị." });
    expect(
      await h.database.prisma.unit.count({ where: { code: { in: ["LCI-X-A", "LCI-X-B", "HGG", "LCI-X-C"] } } }),
    ).toBe(0);
  });

  it("is for admins only", async () => {
    const input = { code: "LCI-X-DENIED", name: "Xã Từ Chối", kind: "COMMUNE" as const, parentId: h.seed.units.LCI };
    const coordinator = await as("dieuphoi.laocai");
    expect(await refusal(coordinator.units.create.mutate(input))).toMatchObject({
      code: "FORBIDDEN",
      message: FORBIDDEN,
    });
    const leader = await as("lanhdao.laocai");
    expect(await refusal(leader.units.create.mutate(input))).toEqual({
      code: "FORBIDDEN",
      messageKey: "auth.readOnly",
      message: READ_ONLY,
    });
    const unit = await as("donvi.batxat");
    expect((await refusal(unit.units.create.mutate(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().units.create.mutate(input))).code).toBe("UNAUTHORIZED");
    expect(await h.database.prisma.unit.count({ where: { code: "LCI-X-DENIED" } })).toBe(0);
  });
});

describe("units.update", () => {
  it("lets an admin rename a unit and change its kind, with the change audited", async () => {
    const admin = await as("admin");
    const id = h.seed.units["LCI-SAPA"];
    const updated = await admin.units.update.mutate({ id, name: "Thị xã Sa Pa (trước 01/7/2025)", kind: "TOWN" });
    expect(updated).toEqual({
      id,
      code: "LCI-SAPA",
      name: "Thị xã Sa Pa (trước 01/7/2025)",
      kind: "TOWN",
      parentId: h.seed.units.LCI,
      archivedAt: null,
    });
    const audit = await h.database.prisma.auditLog.findFirstOrThrow({
      where: { entity: "unit", entityId: id, action: "update" },
      select: { before: true, after: true, userId: true },
    });
    expect(audit).toEqual({
      userId: h.seed.users.admin,
      before: { code: "LCI-SAPA", name: "Thị xã Sa Pa", kind: "TOWN", parentId: h.seed.units.LCI },
      after: { code: "LCI-SAPA", name: "Thị xã Sa Pa (trước 01/7/2025)", kind: "TOWN", parentId: h.seed.units.LCI },
    });
  });

  it("keeps a province with units or blocs a province", async () => {
    const admin = await as("admin");
    const demoted = admin.units.update.mutate({ id: h.seed.units.LCI, kind: "DISTRICT", parentId: h.seed.units.BKN });
    expect(await refusal(demoted)).toEqual({
      code: "BAD_REQUEST",
      messageKey: "unit.provinceInUse",
      message: "Tỉnh Lào Cai đang có đơn vị trực thuộc hoặc khối thi đua nên phải giữ loại tỉnh.",
    });
    const moved = admin.units.update.mutate({ id: h.seed.units["BKN-NARI"], parentId: h.seed.units["BKN-BABE"] });
    expect((await refusal(moved)).messageKey).toBe("unit.parentProvince");
    const unknown = admin.units.update.mutate({ id: "no-such-unit", name: "X" });
    expect((await refusal(unknown)).code).toBe("NOT_FOUND");
    const nari = await h.database.prisma.unit.findUniqueOrThrow({
      where: { id: h.seed.units["BKN-NARI"] },
      select: { parentId: true },
    });
    expect(nari.parentId).toBe(h.seed.units.BKN);
  });

  it("is for admins only", async () => {
    const input = { id: h.seed.units["LCI-BACHA"], name: "Bắc Hà" };
    const coordinator = await as("dieuphoi.laocai");
    expect((await refusal(coordinator.units.update.mutate(input))).messageKey).toBe("auth.forbidden");
    const leader = await as("lanhdao.laocai", "en");
    expect(await refusal(leader.units.update.mutate(input))).toMatchObject({
      code: "FORBIDDEN",
      message: "Leader accounts can read but not change data.",
    });
    const unit = await as("donvi.bacha");
    expect((await refusal(unit.units.update.mutate(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().units.update.mutate(input))).code).toBe("UNAUTHORIZED");
    const bacHa = await h.database.prisma.unit.findUniqueOrThrow({ where: { id: input.id }, select: { name: true } });
    expect(bacHa.name).toBe("Huyện Bắc Hà");
  });
});

describe("organising units", () => {
  it("keeps codes unique whatever their case or spacing, and recodes a unit", async () => {
    const admin = await as("admin");
    const created = await admin.units.create.mutate({
      code: " lci-dk-vanban ",
      name: "Đặc khu Văn Bàn",
      kind: "SPECIAL_ZONE",
      parentId: h.seed.units.LCI,
    });
    expect(created.code).toBe("LCI-DK-VANBAN");
    const twin = await refusal(
      admin.units.create.mutate({ code: "Lci-Dk-VanBan", name: "Trùng", kind: "WARD", parentId: h.seed.units.LCI }),
    );
    expect(twin).toMatchObject({ code: "CONFLICT", message: "Mã đơn vị LCI-DK-VANBAN đã tồn tại." });

    const recoded = await admin.units.update.mutate({ id: created.id, code: "lci-dk-vb" });
    expect(recoded.code).toBe("LCI-DK-VB");
    expect((await refusal(admin.units.update.mutate({ id: created.id, code: "lci-batxat" }))).message).toBe(
      "Mã đơn vị LCI-BATXAT đã tồn tại.",
    );
  });

  it("moves a unit to another province, keeping its past years with the blocs it was in", async () => {
    const admin = await as("admin");
    const id = h.seed.units["LCI-MUONGKHUONG"];
    const moved = await admin.units.update.mutate({ id, parentId: h.seed.units.BKN });
    expect(moved.parentId).toBe(h.seed.units.BKN);
    const history = await admin.blocs.year.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2025 });
    expect(history.members.some((member) => member.unitId === id)).toBe(true);
    await admin.units.update.mutate({ id, parentId: h.seed.units.LCI });
  });

  it("archives a unit: it keeps its history, leaves future years and joins no later year", async () => {
    const admin = await as("admin");
    const coordinator = await as("dieuphoi.laocai");
    const blocId = h.seed.blocs["LCI-DOANTHE"];
    const id = h.seed.units["LCI-HOICCB"];
    const future = new Date().getUTCFullYear() + 1;
    const started = await coordinator.blocs.copyYear.mutate({ blocId, year: future - 1 }).catch(() => null);
    if (started) await coordinator.blocs.copyYear.mutate({ blocId, year: future });
    expect((await admin.blocs.year.query({ blocId, year: future })).members.some((m) => m.unitId === id)).toBe(true);

    const archived = await admin.units.setArchived.mutate({ id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await admin.blocs.year.query({ blocId, year: future })).members.some((m) => m.unitId === id)).toBe(false);
    expect((await admin.blocs.year.query({ blocId, year: 2025 })).members.some((m) => m.unitId === id)).toBe(true);
    expect((await admin.units.list.query({ provinceId: h.seed.units.LCI })).some((unit) => unit.id === id)).toBe(false);
    expect(
      (await admin.units.list.query({ provinceId: h.seed.units.LCI, includeArchived: true })).some(
        (unit) => unit.id === id,
      ),
    ).toBe(true);

    const year = await admin.blocs.year.query({ blocId, year: future });
    const rejoin = await refusal(
      coordinator.blocs.saveYear.mutate({
        blocId,
        year: future,
        version: year.version,
        memberUnitIds: [...year.members.map((member) => member.unitId), id],
        headUnitId: year.head?.unitId ?? null,
        deputyUnitId: year.deputy?.unitId ?? null,
      }),
    );
    expect(rejoin.message).toBe(`Hội Cựu chiến binh tỉnh Lào Cai đã lưu trữ, không thêm vào khối năm ${future} được.`);
    expect((await refusal(admin.units.update.mutate({ id, name: "Đổi tên" }))).messageKey).toBe("unit.archived");

    await admin.units.setArchived.mutate({ id, archived: false });
    const province = await refusal(admin.units.setArchived.mutate({ id: h.seed.units.BKN, archived: true }));
    expect(province.messageKey).toBe("unit.archiveProvinceInUse");
  });
});
