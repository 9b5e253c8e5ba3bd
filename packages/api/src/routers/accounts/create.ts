import { z } from "zod";
import { hashPassword, temporaryPassword } from "@thidua/db";
import { createAccount } from "../../accounts/create-account";
import { ZDisplayName, ZScopeInput, ZUsername } from "../../accounts/schemas";
import type { AuthedContext } from "../../context";
import { AppError, isUniqueViolation } from "../../errors";
import { loadAccountDetail, ZAccountDetail } from "./by-id";

export const ZCreateAccountInput = ZScopeInput.extend({ username: ZUsername, displayName: ZDisplayName });

export const ZCreatedAccount = z.object({
  account: ZAccountDetail,
  /** Shown once to the administrator, never stored in the clear; changed at the first sign-in. */
  temporaryPassword: z.string(),
});

export async function create({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZCreateAccountInput> }) {
  const password = temporaryPassword();
  const hash = await hashPassword(password, "temporary");
  try {
    const id = await ctx.prisma.$transaction((tx) => createAccount(tx, ctx.user.id, input, hash));
    return { account: await loadAccountDetail(ctx, id), temporaryPassword: password };
  } catch (error) {
    // Another administrator took the username between our check and our insert.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "account.usernameTaken", { username: input.username });
    throw error;
  }
}
