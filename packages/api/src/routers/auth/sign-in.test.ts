import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, openDatabase } from "@thidua/db";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { createTrpcHandler } from "../../http";
import type { AppRouter } from "../../root";
import { createInProcessClient } from "../../testing/client";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;
let accountHash: string;
beforeAll(async () => {
  h = await createApiHarness();
  accountHash = await hashPassword(DEMO_PASSWORD);
});
afterAll(() => h?.close());

let made = 0;
/** A leader account of its own per test, so that no two tests share a lock. */
async function freshAccount(extra: { active?: boolean; mustChangePassword?: boolean } = {}) {
  const username = `thu.${++made}`;
  const user = await h.database.prisma.user.create({
    data: {
      username,
      displayName: `Người thử ${made}`,
      role: "LEADER",
      provinceId: h.seed.units.LCI,
      passwordHash: accountHash,
      ...extra,
    },
    select: { id: true },
  });
  return { username, id: user.id };
}

const auditOf = (entityId: string) =>
  h.database.prisma.auditLog.findMany({
    where: { entityId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, after: true, userId: true },
  });

describe("signing in", () => {
  it("locks an account after five wrong passwords, says how long in the reader's language, and refuses even the right one", async () => {
    const { username, id } = await freshAccount();
    const client = h.anonymous();
    const wrong = () => refusal(client.auth.login.mutate({ username, password: "sai mật khẩu rồi" }));
    expect(await wrong()).toMatchObject({ code: "UNAUTHORIZED", messageKey: "auth.invalidCredentials" });
    expect(await wrong()).toMatchObject({ messageKey: "auth.invalidCredentials" });
    const third = await wrong();
    expect(third.messageKey).toBe("auth.invalidCredentialsRemaining");
    expect(third.message).toBe(
      "Tên đăng nhập hoặc mật khẩu không đúng. Còn 2 lần thử trước khi tài khoản bị tạm khóa 15 phút.",
    );
    await wrong();
    const fifth = await wrong();
    expect(fifth).toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "auth.lockedNow" });
    expect(fifth.message).toBe("Sai mật khẩu 5 lần: tài khoản tạm khóa. Vui lòng thử lại sau 15 phút.");

    const english = await refusal(h.anonymous("en").auth.login.mutate({ username, password: DEMO_PASSWORD }));
    expect(english).toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "auth.locked" });
    expect(english.message).toBe(
      "This account is locked after too many wrong passwords. Please try again in 15 minutes.",
    );
    expect(await h.anonymous().auth.me.query()).toBeNull();

    const actions = (await auditOf(id)).map((entry) => entry.action);
    expect(actions).toEqual([...Array(5).fill("signInFailed"), "signInRefused"]);
  });

  it("opens again once the lock is over, and a good sign-in clears the count", async () => {
    const { username } = await freshAccount();
    for (let attempt = 0; attempt < 5; attempt++) {
      await refusal(h.anonymous().auth.login.mutate({ username, password: "wrong password" }));
    }
    // The lock's quarter of an hour has passed.
    await h.database.prisma.signInThrottle.update({
      where: { scope_key: { scope: "account", key: username } },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    const client = h.anonymous();
    expect(await client.auth.login.mutate({ username, password: DEMO_PASSWORD })).toEqual({
      ok: true,
      mustChangePassword: false,
    });
    expect(await h.database.prisma.signInThrottle.count({ where: { scope: "account", key: username } })).toBe(0);
  });

  it("counts every login of a batch, refusing those past the limit without trying their password", async () => {
    const { username } = await freshAccount();
    const batch = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "http://thidua.test/trpc",
          transformer: superjson,
          fetch: (url, init) => h.handle(new Request(url, init as RequestInit)),
        }),
      ],
    });
    // Eight guesses in one request; the server runs them at once, in no set order.
    const guesses = Array.from({ length: 8 }, (_, index) => `guess number ${index}`);
    const outcomes = await Promise.all(
      guesses.map((password) => refusal(batch.auth.login.mutate({ username, password }))),
    );
    const keys = outcomes.map((outcome) => outcome.messageKey);
    expect(keys.filter((key) => key === "auth.locked")).toHaveLength(3);
    expect(keys.filter((key) => key?.startsWith("auth.invalidCredentials") || key === "auth.lockedNow")).toHaveLength(
      5,
    );
    const row = await h.database.prisma.signInThrottle.findUniqueOrThrow({
      where: { scope_key: { scope: "account", key: username } },
    });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("shares the limit between two thidua processes on one database", async () => {
    const { username } = await freshAccount();
    // A second process: its own database connection and handler on the same data.
    const other = h.database.target.kind === "postgres" ? await openDatabase(h.database.target) : h.database;
    try {
      const first = h.anonymous();
      const second = createInProcessClient(createTrpcHandler({ prisma: other.prisma }));
      for (const client of [first, second, first, second]) {
        await refusal(client.auth.login.mutate({ username, password: "not it at all" }));
      }
      expect(await refusal(second.auth.login.mutate({ username, password: "still not it" }))).toMatchObject({
        messageKey: "auth.lockedNow",
      });
      expect(await refusal(first.auth.login.mutate({ username, password: DEMO_PASSWORD }))).toMatchObject({
        messageKey: "auth.locked",
      });
    } finally {
      if (other !== h.database) await other.close();
    }
  });

  it("refuses a deactivated account only to whoever knows its password", async () => {
    const { username, id } = await freshAccount({ active: false });
    expect(await refusal(h.anonymous().auth.login.mutate({ username, password: "a wrong one" }))).toMatchObject({
      messageKey: "auth.invalidCredentials",
    });
    const refused = await refusal(h.anonymous().auth.login.mutate({ username, password: DEMO_PASSWORD }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", messageKey: "auth.inactive" });
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: "signInRefused", after: { reason: "inactive" } });
  });

  it("audits sign-ins, unknown usernames and sign-outs", async () => {
    const { username, id } = await freshAccount();
    await refusal(h.anonymous().auth.login.mutate({ username: "Không.Có.Ai", password: "whatever it is" }));
    expect(
      await h.database.prisma.auditLog.findFirst({
        where: { entity: "signIn", entityId: "không.có.ai" },
        select: { action: true, userId: true },
      }),
    ).toEqual({ action: "signInFailed", userId: null });

    const client = h.anonymous();
    await client.auth.login.mutate({ username: ` ${username.toUpperCase()} `, password: DEMO_PASSWORD });
    expect((await client.auth.me.query())?.username).toBe(username);
    await client.auth.logout.mutate();
    const entries = await auditOf(id);
    expect(entries.map((entry) => entry.action)).toEqual(["signIn", "signOut"]);
    expect(entries.every((entry) => entry.userId === id)).toBe(true);
    const user = await h.database.prisma.user.findUniqueOrThrow({ where: { id }, select: { lastSignInAt: true } });
    expect(user.lastSignInAt).not.toBeNull();
  });
});

describe("sessions", () => {
  it("end after eight idle hours, and sign-in deletes the rows of ended sessions", async () => {
    const { username, id } = await freshAccount();
    const client = h.anonymous();
    await client.auth.login.mutate({ username, password: DEMO_PASSWORD });
    const session = await h.database.prisma.session.findFirstOrThrow({ where: { userId: id } });
    await h.database.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(Date.now() - 7 * 3600_000) },
    });
    expect((await client.auth.me.query())?.username).toBe(username);
    // Used just now: the idle clock started again.
    const touched = await h.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(3600_000);

    await h.database.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(Date.now() - 9 * 3600_000) },
    });
    expect(await client.auth.me.query()).toBeNull();
    expect(await h.database.prisma.session.count({ where: { id: session.id } })).toBe(0);

    // Rows of sessions nobody comes back to are deleted at the next sign-in of anyone.
    const idle = await h.database.prisma.session.create({
      data: {
        tokenHash: `idle-${id}`,
        userId: id,
        expiresAt: new Date(Date.now() + 3600_000),
        lastSeenAt: new Date(Date.now() - 9 * 3600_000),
      },
    });
    const old = await h.database.prisma.session.create({
      data: { tokenHash: `old-${id}`, userId: id, expiresAt: new Date(Date.now() - 1000) },
    });
    await h.anonymous().auth.login.mutate({ username, password: DEMO_PASSWORD });
    expect(await h.database.prisma.session.count({ where: { id: { in: [idle.id, old.id] } } })).toBe(0);
  });

  it("with a temporary password allow nothing but changing it, signing out and the language", async () => {
    const { username } = await freshAccount({ mustChangePassword: true });
    const client = h.anonymous();
    expect(await client.auth.login.mutate({ username, password: DEMO_PASSWORD })).toEqual({
      ok: true,
      mustChangePassword: true,
    });
    expect((await client.auth.me.query())?.mustChangePassword).toBe(true);
    expect(await refusal(client.blocs.list.query({}))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "auth.mustChangePassword",
    });
    expect(await refusal(client.account.sessions.query())).toMatchObject({ messageKey: "auth.mustChangePassword" });
    await client.account.setLocale.mutate({ locale: "en" });

    await client.account.changePassword.mutate({
      currentPassword: DEMO_PASSWORD,
      newPassword: "Sông Hồng chảy về xuôi",
    });
    expect((await client.auth.me.query())?.mustChangePassword).toBe(false);
    expect((await client.blocs.list.query({})).length).toBeGreaterThan(0);
    const fresh = h.anonymous();
    await fresh.auth.login.mutate({ username, password: "Sông Hồng chảy về xuôi".normalize("NFD") });
    expect((await fresh.auth.me.query())?.locale).toBe("en");
  });
});
