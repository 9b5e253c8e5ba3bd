import { z } from "zod";
import { publicProcedure, router, signedInProcedure } from "../../trpc";
import { login, ZLoginInput, ZLoginResult } from "./login";
import { logout } from "./logout";

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),
  login: publicProcedure.input(ZLoginInput).output(ZLoginResult).mutation(login),
  logout: signedInProcedure.output(z.object({ ok: z.literal(true) })).mutation(logout),
});
