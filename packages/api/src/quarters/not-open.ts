import { romanQuarter } from "@thidua/core";
import type { PeriodStatus } from "@thidua/db";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";

/** The refusal of a write to a quarter that is locked or published. */
export function notOpen(quarter: number, status: PeriodStatus, locale: Locale): AppError {
  const statusKey = status === "LOCKED" ? "period.status.LOCKED" : "period.status.PUBLISHED";
  return new AppError("PRECONDITION_FAILED", "period.notOpen", {
    quarter: romanQuarter(quarter),
    status: translate(statusKey, locale),
  });
}
