import { TRPCError } from "@trpc/server";
import { Prisma } from "@thidua/db";
import type { MessageKey } from "./i18n/messages";
import type { MessageParams } from "./i18n/translate";

type TRPCCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/** A cell of a grid save that was refused, named so people can find it. */
export interface CellProblem {
  unitId: string;
  criterionId: string;
  quarter?: number;
  unitName: string;
  criterionCode: string;
  reason: MessageKey;
  params?: MessageParams;
}

/** An error whose message is translated into the caller's language by the error formatter. */
export class AppError extends TRPCError {
  constructor(
    code: TRPCCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly cells: CellProblem[] = [],
  ) {
    super({ code, message: messageKey });
  }
}

export const forbidden = () => new AppError("FORBIDDEN", "auth.forbidden");
export const notFound = (key: Extract<MessageKey, `notFound.${string}`>, params?: MessageParams) =>
  new AppError("NOT_FOUND", key, params);

/** A unique constraint refused a write: someone else created the same thing between our check and our insert. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
