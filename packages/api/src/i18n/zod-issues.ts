import { z } from "zod";
import { fieldLabels } from "./field-labels";
import type { Locale } from "./locale";
import { messages, type MessageKey } from "./messages";
import { translate } from "./translate";

const localeErrors = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

type Issue = z.core.$ZodIssue;

/** "Ghi chú (cells.3.note)": the field as the user knows it, then where it sits in the request. */
function fieldOf(path: PropertyKey[], locale: Locale): string {
  const dotted = path.map(String).join(".");
  const name = [...path].reverse().find((part): part is string => typeof part === "string");
  const label =
    name && Object.hasOwn(fieldLabels, name) ? fieldLabels[name as keyof typeof fieldLabels][locale] : undefined;
  return label ? `${label.charAt(0).toUpperCase()}${label.slice(1)} (${dotted})` : dotted;
}

/**
 * Zod's own Vietnamese and English messages, prefixed with the field's name and path. The input value
 * is not kept on issues, so "invalid type" gets a message that does not need it.
 */
export function describeIssue(issue: Issue, locale: Locale): string {
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
  return issue.path.length > 0 ? `${fieldOf(issue.path, locale)}: ${text}` : text;
}
