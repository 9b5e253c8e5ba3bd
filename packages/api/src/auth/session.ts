import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient, Role } from "@thidua/db";

export const SESSION_COOKIE = "thidua_session";
/** However busy, a session ends 30 days after sign-in. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A session nobody used for 8 hours (a night, a weekend) ends: a browser left open is not left signed in. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
// lastSeenAt is written at most once a minute per session, not on every request.
const SEEN_RESOLUTION_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The unit a UNIT account speaks for. */
  unitId: string | null;
  /** The province a LEADER account reads. */
  provinceId: string | null;
  /** Blocs a COORDINATOR manages. */
  coordinatedBlocIds: string[];
  locale: string;
  /** Signed in with a temporary password: nothing but choosing a new one is allowed yet. */
  mustChangePassword: boolean;
}

/** Where a sign-in came from, kept with its session for the person's list of sessions. */
export interface SessionOrigin {
  userAgent: string | null;
  address: string | null;
}

type Db = PrismaClient | Prisma.TransactionClient;

// Only a hash of the cookie's token is stored: a leaked database does not leak live sessions.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The oldest last use a live session may have. */
const idleCutoff = (now: number) => new Date(now - SESSION_IDLE_MS);

export async function startSession(db: Db, userId: string, origin: SessionOrigin) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      address: origin.address,
    },
  });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string) {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Deletes the rows of sessions that ended by age or by idleness; sign-in calls it. */
export async function sweepSessions(db: Db) {
  const now = Date.now();
  await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lt: new Date(now) } }, { lastSeenAt: { lt: idleCutoff(now) } }] },
  });
}

export interface ActiveSession {
  sessionId: string;
  user: SessionUser;
}

interface StoredSession {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: SessionUser & { active: boolean };
}

/** Who a cookie's token signs in, or null: unknown, ended, idle too long, or the account deactivated. */
export async function userForSession(prisma: PrismaClient, token: string | null): Promise<ActiveSession | null> {
  if (!token) return null;
  // One round trip on every request: the session, its account and the blocs it coordinates.
  const [session] = await prisma.$queryRaw<StoredSession[]>`
    SELECT s.id, s."expiresAt", s."lastSeenAt",
      json_build_object(
        'id', u.id, 'username', u.username, 'displayName', u."displayName", 'role', u.role,
        'unitId', u."unitId", 'provinceId', u."provinceId", 'locale', u.locale, 'active', u.active,
        'mustChangePassword', u."mustChangePassword",
        'coordinatedBlocIds', COALESCE((SELECT json_agg(c."blocId") FROM "BlocCoordinator" c WHERE c."userId" = u.id), '[]')
      ) AS "user"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.lastSeenAt < idleCutoff(now) || !session.user.active) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > SEEN_RESOLUTION_MS) {
    await prisma.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { active: _, ...user } = session.user;
  return { sessionId: session.id, user };
}
