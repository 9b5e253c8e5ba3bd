import { z } from "zod";
import { asQuarter, normaliseText, textProblem, type TextKind, type TextProblem } from "@thidua/core";

/** Identifiers, years and quarters as every procedure accepts them. */
export const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export const ZYear = z.number().int().min(2000).max(2100);
/** A quarter, I to IV: checked as a number, typed as the engine's Quarter. */
export const ZQuarter = z.number().int().min(1).max(4).transform(asQuarter);

/**
 * A figure as entered. Stored with four decimals: rounding here makes what is saved what is returned.
 * Negative numbers pass, so that the per-cell check can name the cell that holds one.
 */
export const ZFigure = z
  .number()
  .min(-1e13)
  .max(1e13)
  .transform((value) => Math.round(value * 1e4) / 1e4);

/** The message key a text refusal is told with (see i18n/zod-issues.ts). */
export const textProblemKey = (problem: TextProblem) => `text.${problem}` as const;

/**
 * Every text a person types goes through here: refused when it holds what no one can see or no
 * database can store (see @thidua/core text.ts), else stored as NFC and trimmed, then its length
 * checked on what is stored.
 */
function text(kind: TextKind, min: number, max: number) {
  return z
    .string()
    .max(max * 4)
    .superRefine((raw, ctx) => {
      const problem = textProblem(raw, kind);
      if (problem) ctx.addIssue({ code: "custom", message: problem, params: { messageKey: textProblemKey(problem) } });
    })
    .transform((raw) => normaliseText(raw, kind))
    .pipe(z.string().min(min).max(max));
}

/** A code: ASCII letters, digits and . - _ / (unit, bloc, group and criterion codes). */
export const ZCode = (max = 32) => text("code", 1, max);
/** One line of display text that must not be empty: a name, a title, a label. */
export const ZName = (max = 200) => text("line", 1, max);
/** One line that may be left empty. */
export const ZLine = (max = 200) => text("line", 0, max);
/** Free text of several lines (a description, a note, an explanation); may be empty. */
export const ZText = (max = 2000) => text("multiline", 0, max);
/** Optional free text: empty becomes null. */
export const ZOptionalText = (max = 2000) =>
  ZText(max)
    .transform((value) => value || null)
    .nullable();

/** A web address people follow (evidence): checked as text first, then as an http(s) URL. */
export const ZUrl = (max = 2000) => text("line", 1, max).pipe(z.url({ protocol: /^https?$/ }));

/**
 * A password as typed: never trimmed or otherwise changed (the hash takes it as NFC), but text a
 * keyboard cannot produce is refused before it reaches the hash.
 */
export const ZSecret = (max = 200) =>
  z
    .string()
    .min(1)
    .max(max)
    .superRefine((raw, ctx) => {
      const problem = textProblem(raw, "line");
      if (problem === "malformed" || problem === "control") {
        ctx.addIssue({ code: "custom", message: problem, params: { messageKey: textProblemKey(problem) } });
      }
    });
