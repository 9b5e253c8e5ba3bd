import { z } from "zod";
import type { Locale } from "./locale";
import { messages, type MessageKey } from "./messages";
import { translate } from "./translate";

const localeErrors = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

type Issue = z.core.$ZodIssue;

/**
 * Zod's own Vietnamese and English messages, prefixed with the field's path. The input value
 * is not kept on issues, so "invalid type" gets a message that does not need it.
 */
export function describeIssue(issue: Issue, locale: Locale): string {
  const path = issue.path.map(String).join(".");
  let text: string;
  if (issue.code === "invalid_type") {
    text = locale === "vi" ? `cần giá trị kiểu ${issue.expected}` : `expected ${issue.expected}`;
  } else if (issue.code === "custom") {
    // Our own refinements name a message key; anything else keeps the refinement's message.
    const key = (issue.params as { messageKey?: string } | undefined)?.messageKey;
    text = key && key in messages ? translate(key as MessageKey, locale) : issue.message;
  } else {
    const localized = localeErrors[locale](issue as never);
    text = typeof localized === "string" ? localized : (localized?.message ?? issue.message);
  }
  return path ? `${path}: ${text}` : text;
}
