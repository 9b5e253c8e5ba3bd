import { z } from "zod";
import { ZName, ZOptionalText } from "../../schemas";

export const ZBloc = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  provinceId: z.string(),
  /** Set once archived: the bloc keeps its years and starts no new one. */
  archivedAt: z.date().nullable(),
});
export type TBloc = z.output<typeof ZBloc>;

export const blocSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  provinceId: true,
  archivedAt: true,
} as const;

export const ZBlocName = ZName(300);
export const ZBlocDescription = ZOptionalText(2000);
