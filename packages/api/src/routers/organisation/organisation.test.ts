import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let admin: ApiClient;
beforeAll(async () => {
  h = await createApiHarness();
  admin = await h.as("admin");
});
afterAll(() => h?.close());

describe("blocs and their coordinators", () => {
  it("creates a bloc, gives it a new coordinator who then manages it, and takes the bloc back", async () => {
    const bloc = await admin.blocs.create.mutate({
      code: " lci-cum2 ",
      name: "Cụm thi đua số 2",
      provinceId: h.seed.units.LCI,
    });
    expect(bloc.code).toBe("LCI-CUM2");
    expect(
      (await refusal(admin.blocs.create.mutate({ code: "LCI-Cum2", name: "Trùng", provinceId: h.seed.units.LCI })))
        .message,
    ).toBe("Mã khối LCI-CUM2 đã tồn tại.");
    const { account, temporaryPassword } = await admin.accounts.create.mutate({
      username: "dieuphoi.cum2",
      displayName: "Văn phòng Cụm 2",
      role: "COORDINATOR",
    });
    const coordinators = await admin.blocs.assignCoordinator.mutate({ blocId: bloc.id, userId: account.id });
    expect(coordinators.map((coordinator) => coordinator.username)).toEqual(["dieuphoi.cum2"]);

    const person = h.anonymous();
    await person.auth.login.mutate({ username: "dieuphoi.cum2", password: temporaryPassword });
    await person.account.changePassword.mutate({
      currentPassword: temporaryPassword,
      newPassword: "Cụm hai thi đua 2026",
    });
    expect((await person.blocs.byId.query({ id: bloc.id })).canManage).toBe(true);

    const view = await admin.organisation.province.query({ provinceId: h.seed.units.LCI });
    expect(view.blocs.find((entry) => entry.id === bloc.id)?.coordinators.map((c) => c.username)).toEqual([
      "dieuphoi.cum2",
    ]);
    expect(view.units.length).toBeGreaterThan(20);

    expect(await admin.blocs.removeCoordinator.mutate({ blocId: bloc.id, userId: account.id })).toEqual([]);
    expect(await refusal(person.blocs.byId.query({ id: bloc.id }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives blocs only to active coordinators' accounts", async () => {
    const blocId = h.seed.blocs["LCI-HUYEN"];
    const leader = await refusal(
      admin.blocs.assignCoordinator.mutate({ blocId, userId: h.seed.users["lanhdao.laocai"] }),
    );
    expect(leader.message).toBe("Lãnh đạo UBND tỉnh Lào Cai không phải tài khoản điều phối khối.");
    await admin.accounts.setActive.mutate({ id: h.seed.users["dieuphoi.backan"], active: false });
    const inactive = await refusal(
      admin.blocs.assignCoordinator.mutate({ blocId, userId: h.seed.users["dieuphoi.backan"] }),
    );
    expect(inactive.messageKey).toBe("account.inactiveCoordinator");
    await admin.accounts.setActive.mutate({ id: h.seed.users["dieuphoi.backan"], active: true });
  });

  it("recodes and archives a bloc: its years stay readable, no new year starts", async () => {
    const bloc = await admin.blocs.create.mutate({ code: "LCI-CUM3", name: "Cụm 3", provinceId: h.seed.units.LCI });
    const recoded = await admin.blocs.update.mutate({ id: bloc.id, code: "lci-cum-3", description: "Các xã vùng cao" });
    expect(recoded).toMatchObject({ code: "LCI-CUM-3", description: "Các xã vùng cao" });
    await admin.blocs.setArchived.mutate({ id: bloc.id, archived: true });
    const start = await refusal(
      admin.blocs.saveYear.mutate({
        blocId: bloc.id,
        year: 2026,
        version: null,
        memberUnitIds: [],
        headUnitId: null,
        deputyUnitId: null,
      }),
    );
    expect(start.message).toBe("Khối đã lưu trữ: xem được các năm cũ nhưng không bắt đầu năm mới.");
    expect((await admin.blocs.list.query({})).find((entry) => entry.id === bloc.id)?.archivedAt).not.toBeNull();
    await admin.blocs.setArchived.mutate({ id: bloc.id, archived: false });
    await admin.blocs.saveYear.mutate({
      blocId: bloc.id,
      year: 2026,
      version: null,
      memberUnitIds: [],
      headUnitId: null,
      deputyUnitId: null,
    });
  });
});
