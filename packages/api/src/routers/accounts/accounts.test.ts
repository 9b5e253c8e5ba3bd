import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let admin: ApiClient;
beforeAll(async () => {
  h = await createApiHarness();
  admin = await h.as("admin");
});
afterAll(() => h?.close());

const auditCount = () => h.database.prisma.auditLog.count();

describe("creating accounts", () => {
  it("gives a coordinator their blocs and a one-time password that must be changed at the first sign-in", async () => {
    const { account, temporaryPassword } = await admin.accounts.create.mutate({
      username: " Dieuphoi.Cum2 ",
      displayName: "Văn phòng Cụm thi đua số 2",
      role: "COORDINATOR",
      blocIds: [h.seed.blocs["LCI-CUM1"], h.seed.blocs["LCI-DOANTHE"]],
    });
    expect(account).toMatchObject({
      username: "dieuphoi.cum2",
      role: "COORDINATOR",
      mustChangePassword: true,
      active: true,
    });
    expect(account.scope.blocs.map((bloc) => bloc.code)).toEqual(["LCI-CUM1", "LCI-DOANTHE"]);
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const stored = await h.database.prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.passwordHash).not.toContain(temporaryPassword);

    const person = h.anonymous();
    expect(await person.auth.login.mutate({ username: "dieuphoi.cum2", password: temporaryPassword })).toEqual({
      ok: true,
      mustChangePassword: true,
    });
    expect(await refusal(person.blocs.list.query({}))).toMatchObject({ messageKey: "auth.mustChangePassword" });
    const tooShort = await refusal(
      person.account.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: "ngắn" }),
    );
    expect(tooShort.message).toBe("Mật khẩu mới phải có ít nhất 10 ký tự.");
    const common = await refusal(
      person.account.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: "1234567890" }),
    );
    expect(common.messageKey).toBe("password.common");
    const demo = await refusal(
      person.account.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: "Thidua@2025" }),
    );
    expect(demo.messageKey).toBe("password.common");
    await person.account.changePassword.mutate({
      currentPassword: temporaryPassword,
      newPassword: "Cụm hai về đích sớm",
    });
    expect((await person.blocs.list.query({})).map((bloc) => bloc.code)).toEqual(["LCI-CUM1", "LCI-DOANTHE"]);
  });

  it("refuses bad input with a message in the reader's language and writes nothing", async () => {
    const english = await h.as("admin", "en");
    const before = await auditCount();
    const accented = await refusal(
      english.accounts.create.mutate({ username: "nguyễn.văn", displayName: "Nguyễn Văn", role: "ADMIN" }),
    );
    expect(accented.message).toContain("a code holds only unaccented letters");
    const taken = await refusal(
      admin.accounts.create.mutate({ username: "ADMIN", displayName: "Trùng tên", role: "ADMIN" }),
    );
    expect(taken).toMatchObject({ code: "CONFLICT", message: "Tên đăng nhập admin đã được dùng." });
    const noUnit = await refusal(
      admin.accounts.create.mutate({ username: "donvi.moi", displayName: "Đơn vị mới", role: "UNIT" }),
    );
    expect(noUnit.messageKey).toBe("account.scopeUnit");
    const provinceAsUnit = await refusal(
      admin.accounts.create.mutate({
        username: "donvi.moi",
        displayName: "Đơn vị mới",
        role: "UNIT",
        unitId: h.seed.units.LCI,
      }),
    );
    expect(provinceAsUnit.messageKey).toBe("account.scopeUnit");
    const unitAsProvince = await refusal(
      admin.accounts.create.mutate({
        username: "lanhdao.moi",
        displayName: "Lãnh đạo",
        role: "LEADER",
        provinceId: h.seed.units["LCI-BATXAT"],
      }),
    );
    expect(unitAsProvince.message).toBe("Tài khoản lãnh đạo phải gắn với một tỉnh.");
    const slash = await refusal(
      admin.accounts.create.mutate({ username: "a/b", displayName: "Gạch chéo", role: "ADMIN" }),
    );
    expect(slash.message).toContain("Tên đăng nhập chỉ gồm chữ cái không dấu");
    expect(await auditCount()).toBe(before);
    expect(await h.database.prisma.user.count({ where: { username: { in: ["donvi.moi", "lanhdao.moi"] } } })).toBe(0);
  });
});

describe("finding accounts", () => {
  it("searches names without diacritics, filters by role and province, and pages", async () => {
    const found = await admin.accounts.list.query({ search: "bat xat" });
    expect(found.items.map((account) => account.username)).toEqual(["donvi.batxat"]);
    expect(found.items[0]?.scope.unit?.code).toBe("LCI-BATXAT");

    const backan = await admin.accounts.list.query({ provinceId: h.seed.units.BKN });
    expect(backan.items.map((account) => account.username)).toEqual([
      "dieuphoi.backan",
      "donvi.chodon",
      "lanhdao.backan",
    ]);

    const units = await admin.accounts.list.query({ role: "UNIT", pageSize: 2, page: 2 });
    expect(units.total).toBe(6);
    expect(units.items.map((account) => account.username)).toEqual(["donvi.camduong", "donvi.chodon"]);
  });
});

describe("keeping accounts", () => {
  it("deactivates an account, ending its sessions at once, and reactivates it", async () => {
    const leader = await h.signIn("lanhdao.backan");
    const id = h.seed.users["lanhdao.backan"];
    expect((await admin.accounts.byId.query({ id })).sessionCount).toBeGreaterThan(0);

    const off = await admin.accounts.setActive.mutate({ id, active: false });
    expect(off).toMatchObject({ active: false, sessionCount: 0, sessions: [] });
    expect(await leader.auth.me.query()).toBeNull();
    expect(
      await refusal(h.anonymous().auth.login.mutate({ username: "lanhdao.backan", password: DEMO_PASSWORD })),
    ).toMatchObject({
      messageKey: "auth.inactive",
    });
    expect((await admin.accounts.list.query({ status: "inactive" })).items.map((account) => account.username)).toEqual([
      "lanhdao.backan",
    ]);

    await admin.accounts.setActive.mutate({ id, active: true });
    await h.anonymous().auth.login.mutate({ username: "lanhdao.backan", password: DEMO_PASSWORD });
  });

  it("never lets an administrator lock themself out or remove the last administrator", async () => {
    const self = await refusal(admin.accounts.setActive.mutate({ id: h.seed.users.admin, active: false }));
    expect(self.message).toBe("Bạn không thể tự khóa hoặc hạ quyền tài khoản của chính mình.");
    const demote = await refusal(
      admin.accounts.update.mutate({ id: h.seed.users.admin, scope: { role: "LEADER", provinceId: h.seed.units.LCI } }),
    );
    expect(demote.messageKey).toBe("account.self");
  });

  it("resets a password: the old one stops working, sessions end, a lock is lifted", async () => {
    const id = h.seed.users["donvi.bacha"];
    const unit = await h.signIn("donvi.bacha");
    for (let attempt = 0; attempt < 5; attempt++) {
      await refusal(h.anonymous().auth.login.mutate({ username: "donvi.bacha", password: "quên mất rồi" }));
    }
    expect((await admin.accounts.byId.query({ id })).lockedSeconds).toBeGreaterThan(800);

    const { account, temporaryPassword } = await admin.accounts.resetPassword.mutate({ id });
    expect(account).toMatchObject({ mustChangePassword: true, lockedSeconds: null, sessions: [] });
    expect(await unit.auth.me.query()).toBeNull();
    expect(
      await refusal(h.anonymous().auth.login.mutate({ username: "donvi.bacha", password: DEMO_PASSWORD })),
    ).toMatchObject({
      messageKey: "auth.invalidCredentials",
    });
    const back = h.anonymous();
    await back.auth.login.mutate({ username: "donvi.bacha", password: temporaryPassword });
    await back.account.changePassword.mutate({
      currentPassword: temporaryPassword,
      newPassword: "Bắc Hà mùa mận chín",
    });
    const events = (await admin.accounts.byId.query({ id })).events.map((event) => event.action);
    expect(events.slice(0, 4)).toEqual(["passwordChange", "signIn", "signInFailed", "passwordReset"]);
  });

  it("shows an account's open sessions and last sign-in, and ends one of them", async () => {
    const id = h.seed.users["donvi.hoinongdan"];
    const first = await h.signIn("donvi.hoinongdan");
    const second = await h.signIn("donvi.hoinongdan");
    const detail = await admin.accounts.byId.query({ id });
    expect(detail.sessions).toHaveLength(2);
    expect(detail.lastSignInAt).not.toBeNull();

    const [newest] = detail.sessions;
    const after = await admin.accounts.endSession.mutate({ id, sessionId: newest?.id ?? "" });
    expect(after.sessions).toHaveLength(1);
    expect(await second.auth.me.query()).toBeNull();
    expect((await first.auth.me.query())?.username).toBe("donvi.hoinongdan");
    expect(await refusal(admin.accounts.endSession.mutate({ id, sessionId: newest?.id ?? "" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets each person see and end their own other sessions", async () => {
    const phone = await h.signIn("donvi.tinhdoan");
    const desk = await h.signIn("donvi.tinhdoan");
    const mine = await desk.account.sessions.query();
    expect(mine.filter((session) => session.current)).toHaveLength(1);
    expect(await desk.account.endOtherSessions.mutate()).toEqual({ ended: mine.length - 1 });
    expect(await phone.auth.me.query()).toBeNull();
    expect((await desk.account.sessions.query()).map((session) => session.current)).toEqual([true]);
    // Someone else's session id is not found among one's own.
    const other = await h.database.prisma.session.findFirstOrThrow({ where: { user: { username: "admin" } } });
    expect(await refusal(desk.account.endSession.mutate({ sessionId: other.id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
