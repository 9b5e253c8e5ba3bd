import type { z } from "zod";
import type { AuthedContext } from "../context";
import type { appRouter } from "../root";

export type Caller = ReturnType<typeof appRouter.createCaller>;

export type FileFormat = "xlsx" | "csv" | "pdf" | "docx";

export const CONTENT_TYPES: Record<FileFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface BuiltFile {
  /** Without the extension; the route's format adds it. */
  nameParts: string[];
  bytes: Buffer;
}

/**
 * A downloadable file: its query, read by zod like any procedure's input, and how it is built.
 * Builders get their data through the API's own procedures (the caller), so a file shows exactly
 * what its caller may see of the same data, refused the same way.
 */
export interface FileRoute<S extends z.ZodType = z.ZodType> {
  query: S;
  format: FileFormat;
  build(call: { caller: Caller; ctx: AuthedContext; input: z.output<S> }): Promise<BuiltFile>;
}

export const fileRoute = <S extends z.ZodType>(route: FileRoute<S>) => route as unknown as FileRoute;
