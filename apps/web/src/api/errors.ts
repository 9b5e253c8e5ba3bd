import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@thidua/api";

/** A refused cell of a grid save, as the API names it. */
export interface CellProblem {
  unitId: string;
  criterionId: string;
  quarter?: number;
  message: string;
}

export interface ApiProblem {
  /** Already in the user's language. */
  message: string;
  code: string;
  /** The API's message key, for a page that acts on one refusal in particular; null when unknown. */
  messageKey?: string | null;
  cells: CellProblem[];
}

/** Reads the translated message and the refused cells out of whatever a call threw. */
export function describeProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      { code?: string; cells?: CellProblem[]; httpStatus?: number; messageKey?: string | null } | undefined;
    return {
      message: error.message,
      code: data?.code ?? "UNKNOWN",
      messageKey: data?.messageKey ?? null,
      cells: data?.cells ?? [],
    };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    code: "UNKNOWN",
    messageKey: null,
    cells: [],
  };
}

export const isConflict = (problem: ApiProblem) => problem.code === "CONFLICT";
export const isSignedOut = (problem: ApiProblem) => problem.code === "UNAUTHORIZED";
