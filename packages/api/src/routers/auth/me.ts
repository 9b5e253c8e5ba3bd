import { z } from "zod";
import type { Context } from "../../context";

/** Who is signed in, as the dashboard needs it: role, scope, language, and whether a new password is due. */
export const ZSessionUser = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(["ADMIN", "COORDINATOR", "LEADER", "UNIT"]),
    unitId: z.string().nullable(),
    provinceId: z.string().nullable(),
    coordinatedBlocIds: z.array(z.string()),
    locale: z.string(),
    mustChangePassword: z.boolean(),
  })
  .nullable();

export const me = ({ ctx }: { ctx: Context }) => ctx.user;
