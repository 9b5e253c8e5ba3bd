import type { PrismaClient } from "@thidua/db";
import { userForSession, type SessionUser } from "./auth/session";
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
}

export interface Context {
  prisma: PrismaClient;
  locale: Locale;
  sessionToken: string | null;
  cookie: SessionCookie;
  user: SessionUser | null;
}

/** The request-free context: hosts and tests build it from a token, a locale and a cookie writer. */
export async function createContext(input: ContextInput): Promise<Context> {
  return { ...input, user: await userForSession(input.prisma, input.sessionToken) };
}

/** The context of authedProcedure and the procedures built on it: someone is signed in. */
export type AuthedContext = Context & { user: SessionUser };
