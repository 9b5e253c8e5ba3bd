import { z } from "zod";
import { publicProcedure, router, signedInProcedure } from "../../trpc";
import { login, ZLoginInput, ZLoginResult } from "./login";
import { logout } from "./logout";
import { me, ZSessionUser } from "./me";

export const authRouter = router({
  me: publicProcedure.output(ZSessionUser).query(me),
  login: publicProcedure.input(ZLoginInput).output(ZLoginResult).mutation(login),
  logout: signedInProcedure.output(z.object({ ok: z.literal(true) })).mutation(logout),
});
