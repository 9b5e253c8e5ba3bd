import { adminProcedure, router } from "../../trpc";
import { byId, ZAccountDetail, ZAccountIdInput } from "./by-id";
import { create, ZCreateAccountInput, ZCreatedAccount } from "./create";
import { list, ZAccountPage, ZListAccountsInput } from "./list";
import { resetPassword } from "./reset-password";
import { endSession, unlock, ZEndAccountSessionInput } from "./sessions";
import { setActive, ZSetActiveInput } from "./set-active";
import { update, ZUpdateAccountInput } from "./update";

/** Everyone's accounts, for administrators only. */
export const accountsRouter = router({
  list: adminProcedure.input(ZListAccountsInput).output(ZAccountPage).query(list),
  byId: adminProcedure.input(ZAccountIdInput).output(ZAccountDetail).query(byId),
  create: adminProcedure.input(ZCreateAccountInput).output(ZCreatedAccount).mutation(create),
  update: adminProcedure.input(ZUpdateAccountInput).output(ZAccountDetail).mutation(update),
  setActive: adminProcedure.input(ZSetActiveInput).output(ZAccountDetail).mutation(setActive),
  resetPassword: adminProcedure.input(ZAccountIdInput).output(ZCreatedAccount).mutation(resetPassword),
  endSession: adminProcedure.input(ZEndAccountSessionInput).output(ZAccountDetail).mutation(endSession),
  unlock: adminProcedure.input(ZAccountIdInput).output(ZAccountDetail).mutation(unlock),
});
