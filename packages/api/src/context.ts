import type { PrismaClient } from "@thidua/db";
import { userForSession, type SessionOrigin, type SessionUser } from "./auth/session";
import type { Locale } from "./i18n/locale";

/** How a procedure sets or clears the session cookie, whatever HTTP host carries it. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface ContextInput {
  prisma: PrismaClient;
  locale: Locale;
  sessionToken: string | null;
  cookie: SessionCookie;
  /** The browser and address of the request (the address as the host decided to trust it; null in-process). */
  origin: SessionOrigin;
}

export interface Context extends ContextInput {
  user: SessionUser | null;
  /** The id of the session the request came with, when it is live. */
  sessionId: string | null;
}

/** The request-free context: hosts and tests build it from a token, a locale and a cookie writer. */
export async function createContext(input: ContextInput): Promise<Context> {
  const session = await userForSession(input.prisma, input.sessionToken);
  return { ...input, user: session?.user ?? null, sessionId: session?.sessionId ?? null };
}

/** The context of authedProcedure and the procedures built on it: someone is signed in. */
export type AuthedContext = Context & { user: SessionUser };
