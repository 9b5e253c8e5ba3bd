import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient, Role } from "@thidua/db";

export const SESSION_COOKIE = "thidua_session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

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
}

// Only a hash of the cookie's token is stored: a leaked database does not leak live sessions.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function startSession(prisma: PrismaClient, userId: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await prisma.session.create({ data: { id: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function endSession(prisma: PrismaClient, token: string) {
  await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function userForSession(prisma: PrismaClient, token: string | null): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { id: hashToken(token) },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          role: true,
          unitId: true,
          provinceId: true,
          locale: true,
          coordinates: { select: { blocId: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt.getTime() < Date.now()) return null;
  const { coordinates, ...user } = session.user;
  return { ...user, coordinatedBlocIds: coordinates.map((link) => link.blocId) };
}
