import { z } from "zod";
import type { AuthedContext } from "../../context";

export const ZLocaleInput = z.object({ locale: z.enum(["vi", "en"]) });

/** The dashboard's language, kept with the account so it follows the person to another browser. */
export async function setLocale({ ctx, input }: { ctx: AuthedContext; input: z.output<typeof ZLocaleInput> }) {
  await ctx.prisma.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
  return { locale: input.locale };
}
