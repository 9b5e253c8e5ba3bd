// @vitest-environment node
import { describe, expect, it } from "vitest";
import { useApiBackend } from "../testing/api-backend";
import { useAdminStore } from "./admin";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("admin store", () => {
  it("creates an account, finds it, resets its password and deactivates it", async () => {
    await useSessionStore().signIn("admin", "thidua@2025");
    const admin = useAdminStore();
    const created = await admin.accounts.create({
      username: "lanhdao.thu",
      displayName: "Lãnh đạo thử",
      role: "LEADER",
      provinceId: backend.seed.units.LCI,
    });
    expect(created.temporaryPassword).toMatch(/^[a-z2-9-]{19}$/);
    const found = await admin.accounts.list({ search: "lanh dao thu" });
    expect(found.items.map((account) => account.username)).toEqual(["lanhdao.thu"]);
    const reset = await admin.accounts.resetPassword(created.account.id);
    expect(reset.temporaryPassword).not.toBe(created.temporaryPassword);
    expect((await admin.accounts.setActive(created.account.id, false)).active).toBe(false);
  });

  it("organises a province: units, blocs and coordinators", async () => {
    await useSessionStore().signIn("admin", "thidua@2025");
    const admin = useAdminStore();
    const before = await admin.organisation.province(backend.seed.units.BKN);
    const unit = await admin.organisation.createUnit({
      code: "bkn-x-thu",
      name: "Xã Thử",
      kind: "COMMUNE",
      parentId: backend.seed.units.BKN,
    });
    expect(unit.code).toBe("BKN-X-THU");
    const coordinators = await admin.accounts.coordinators();
    const bloc = before.blocs[0];
    const backan = coordinators.find((account) => account.username === "dieuphoi.laocai");
    const given = await admin.organisation.assignCoordinator(bloc?.id ?? "", backan?.id ?? "");
    expect(given.map((coordinator) => coordinator.username)).toContain("dieuphoi.laocai");
    const after = await admin.organisation.province(backend.seed.units.BKN);
    expect(after.units).toHaveLength(before.units.length + 1);
  });

  it("is refused to anyone but an administrator", async () => {
    await useSessionStore().signIn("dieuphoi.laocai", "thidua@2025");
    await expect(useAdminStore().accounts.list({})).rejects.toThrow(/không có quyền/i);
  });
});
