import { z } from "zod";
import type { Role } from "@thidua/db";
import { usernameKey } from "../auth/username";
import { ZCode, ZId, ZName } from "../schemas";

export const ZRole = z.enum(["ADMIN", "COORDINATOR", "LEADER", "UNIT"] as const satisfies readonly Role[]);

const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;

/** A username as typed: a code, stored in lower case (sign-in ignores case), without slashes. */
export const ZUsername = ZCode(64)
  .transform(usernameKey)
  .refine((username) => USERNAME.test(username), {
    message: "account.usernameCharacters",
    params: { messageKey: "account.usernameCharacters" },
  });

export const ZDisplayName = ZName(200);

const ZRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** What an account may reach: its unit, its province, or its blocs, by role. */
export const ZAccountScope = z.object({
  unit: ZRef.nullable(),
  province: ZRef.nullable(),
  blocs: z.array(ZRef),
});

export const ZAccount = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.date().nullable(),
  createdAt: z.date(),
  scope: ZAccountScope,
  sessionCount: z.number().int(),
});
export type TAccount = z.output<typeof ZAccount>;

/** The fields create and update take for an account's role and reach. */
export const ZScopeInput = z.object({
  role: ZRole,
  unitId: ZId.nullable().default(null),
  provinceId: ZId.nullable().default(null),
  blocIds: z.array(ZId).max(100).default([]),
});
