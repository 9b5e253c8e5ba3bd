// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { setApiLocale } from "../api/client";
import { useApiBackend } from "../testing/api-backend";
import { useBlocsStore } from "./blocs";
import { useSessionStore } from "./session";

const backend = useApiBackend();
beforeEach(() => {
  setApiLocale("vi");
});

describe("session store", () => {
  it("knows nobody before signing in, and the user with role and blocs after", async () => {
    const session = useSessionStore();
    expect(await session.ensureChecked()).toBeNull();
    expect(session.checked).toBe(true);

    const user = await session.signIn("dieuphoi.laocai", "thidua@2025");
    expect(user?.role).toBe("COORDINATOR");
    expect(session.canManage).toBe(true);
    expect(session.managesBloc(backend.seed.blocs["LCI-HUYEN"])).toBe(true);
    expect(session.managesBloc(backend.seed.blocs["BKN-HUYEN"])).toBe(false);

    await session.signOut();
    expect(session.user).toBeNull();
    expect(await session.refresh()).toBeNull();
  });

  it("lets a leader read but never manage", async () => {
    const session = useSessionStore();
    await session.signIn("lanhdao.laocai", "thidua@2025");
    expect(session.role).toBe("LEADER");
    expect(session.canManage).toBe(false);
    expect(session.managesBloc(backend.seed.blocs["LCI-HUYEN"])).toBe(false);
  });

  it("passes on the server's refusal in the language the page is read in", async () => {
    const session = useSessionStore();
    await expect(session.signIn("dieuphoi.laocai", "sai")).rejects.toThrow(/mật khẩu/i);
    setApiLocale("en");
    await expect(session.signIn("dieuphoi.laocai", "wrong")).rejects.toThrow(/password/i);
    expect(session.user).toBeNull();
  });

  it("forgets the user whose session ended under a call, and lets them sign in again in place", async () => {
    const session = useSessionStore();
    await session.signIn("dieuphoi.laocai", "thidua@2025");
    backend.dropCookies();
    await expect(useBlocsStore().list()).rejects.toThrow("Bạn cần đăng nhập.");
    expect(session.user).toBeNull();
    expect(session.endedFor).toBe("dieuphoi.laocai");

    const retry = session.afterSignInAgain();
    await session.signIn("dieuphoi.laocai", "thidua@2025");
    expect(await retry).toBe(true);
    expect(session.endedFor).toBeNull();
    expect((await useBlocsStore().list()).length).toBeGreaterThan(0);
  });

  it("takes a wrong password at sign-in for what it is, not for an ended session", async () => {
    const session = useSessionStore();
    await expect(session.signIn("dieuphoi.laocai", "sai")).rejects.toThrow(/mật khẩu/i);
    expect(session.endedFor).toBeNull();
  });
});
