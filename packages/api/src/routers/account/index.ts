import { z } from "zod";
import { ZSessionInfo } from "../../accounts/sessions";
import { authedProcedure, router, signedInProcedure } from "../../trpc";
import { changePassword, ZChangePasswordInput } from "./change-password";
import { endSession, sessions, ZEndSessionInput } from "./sessions";
import { setLocale, ZLocaleInput } from "./set-locale";

/** What every signed-in person may do with their own account. */
export const accountRouter = router({
  changePassword: signedInProcedure
    .input(ZChangePasswordInput)
    .output(z.object({ ok: z.literal(true), endedSessions: z.number().int() }))
    .mutation(changePassword),
  setLocale: signedInProcedure.input(ZLocaleInput).output(ZLocaleInput).mutation(setLocale),
  sessions: authedProcedure.output(z.array(ZSessionInfo)).query(sessions),
  endSession: authedProcedure
    .input(ZEndSessionInput)
    .output(z.object({ ended: z.number().int() }))
    .mutation(endSession),
  endOtherSessions: authedProcedure
    .output(z.object({ ended: z.number().int() }))
    .mutation(({ ctx }) => endSession({ ctx, input: "others" })),
});
