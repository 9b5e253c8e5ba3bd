import { z } from "zod";
import { formatQuarter, type Quarter } from "@thidua/core";
import {
  EntrySheetError,
  MAX_ENTRY_SHEET_BYTES,
  readEntrySheet,
  type EntrySheetExpectation,
  type EntrySheetProblem,
} from "@thidua/documents";
import { AppError } from "../../errors";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";

const MAX_BASE64_LENGTH = Math.ceil(MAX_ENTRY_SHEET_BYTES / 3) * 4;

/**
 * An uploaded sheet travels as base64 inside the mutation, like every other call: a quarter's sheet
 * is tens of kilobytes, so the third more it costs is nothing, and the upload keeps the API's own
 * session, Origin check and error shape. A file over the limit is refused from its length, before
 * anything is decoded (its message names the 1 MB of MAX_ENTRY_SHEET_BYTES).
 */
export const ZSheetFile = z.string().superRefine((value, ctx) => {
  const problem =
    value.length > MAX_BASE64_LENGTH
      ? "sheet.tooLarge"
      : /^[A-Za-z0-9+/]*={0,2}$/.test(value)
        ? null
        : "sheet.notBase64";
  if (problem) ctx.addIssue({ code: "custom", message: problem, params: { messageKey: problem } });
});

function refusalOf(problem: EntrySheetProblem, locale: Locale): AppError {
  switch (problem.code) {
    case "tooLarge":
      return new AppError("PAYLOAD_TOO_LARGE", "sheet.tooLarge");
    case "wrongKind":
      return new AppError("BAD_REQUEST", "sheet.wrongKind", {
        found: translate(`sheet.kind.${problem.found}`, locale),
        expected: translate(`sheet.kind.${problem.expected}`, locale),
      });
    case "otherBloc":
      return new AppError("BAD_REQUEST", "sheet.otherBloc", { blocCode: problem.blocCode });
    case "otherPeriod":
      return new AppError("BAD_REQUEST", "sheet.otherPeriod", {
        period:
          problem.quarter === null
            ? String(problem.year)
            : formatQuarter(problem.quarter as Quarter, problem.year, { locale }),
      });
    case "extraSheets":
      return new AppError("BAD_REQUEST", "sheet.extraSheets", { names: problem.names.join(", ") });
    case "sheetMissing":
      return new AppError("BAD_REQUEST", "sheet.sheetMissing", { name: problem.name });
    case "mergedCells":
      return new AppError("BAD_REQUEST", "sheet.mergedCells", { ranges: problem.ranges.join(", ") });
    case "layoutChanged":
      return new AppError("BAD_REQUEST", "sheet.layoutChanged", {
        address: problem.address,
        expected: problem.expected,
        found: problem.found,
      });
    default:
      return new AppError("BAD_REQUEST", `sheet.${problem.code}`);
  }
}

/** Decodes and reads an uploaded entry sheet, refusing a wrong file in the caller's language; nothing is written. */
export async function readSheetUpload(file: string, expected: EntrySheetExpectation, locale: Locale) {
  try {
    return await readEntrySheet(Buffer.from(file, "base64"), expected);
  } catch (error) {
    if (error instanceof EntrySheetError) throw refusalOf(error.problem, locale);
    throw error;
  }
}
