/**
 * What text people may type into thidua, shared by the server's input schemas and the dashboard's
 * forms. Text is kept in Unicode NFC and trimmed, so "Bát Xát" typed on two keyboards is one name.
 * Characters that hide or reorder text are refused rather than silently stripped, so a look-alike
 * code ("LCI‐HUYEN" with a zero-width space, or full-width letters) never passes for a real one.
 */

/** Why a text was refused. */
export type TextProblem =
  /** Not well-formed UTF-16 (a lone surrogate): no database or file can hold it. */
  | "malformed"
  /** NUL, tabs, line breaks or other control characters where one line is expected. */
  | "control"
  /** Zero-width, bidirectional-override and other invisible formatting characters. */
  | "invisible"
  /** A code holds something other than ASCII letters, digits and . - _ / */
  | "codeCharacters";

/** One line of display text (a name, a label), a free text of several lines, or an identifier. */
export type TextKind = "line" | "multiline" | "code";

// \p{Cc}: C0 and C1 controls (NUL, TAB, LF, ESC, ...). \p{Cf}: formatting characters, among them
// zero-width space and joiners, soft hyphen, the byte-order mark and bidirectional overrides.
const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const MULTILINE_CONTROL = /[^\P{Cc}\t\n]/u;
const INVISIBLE = /\p{Cf}/u;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** NFC and trimmed; a multi-line text also gets one kind of line break. */
export function normaliseText(raw: string, kind: TextKind = "line"): string {
  const text = kind === "multiline" ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.normalize("NFC").trim();
}

/** Why `raw` cannot be accepted as that kind of text, or null when it can (after normaliseText). */
export function textProblem(raw: string, kind: TextKind = "line"): TextProblem | null {
  if (LONE_SURROGATE.test(raw)) return "malformed";
  const text = kind === "multiline" ? raw.replace(/\r\n?/g, "\n") : raw;
  if ((kind === "multiline" ? MULTILINE_CONTROL : CONTROL).test(text)) return "control";
  if (INVISIBLE.test(text)) return "invisible";
  if (kind === "code") {
    const trimmed = text.trim();
    if (trimmed !== "" && !CODE.test(trimmed)) return "codeCharacters";
  }
  return null;
}

/**
 * The form under which two codes are the same code: "lci-huyen ", "LCI-HUYEN" and its NFD spelling
 * are one. Uniqueness of unit and bloc codes is decided on this key.
 */
export function codeKey(code: string): string {
  return normaliseText(code, "code").toUpperCase();
}
