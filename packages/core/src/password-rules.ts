/**
 * What makes a new password acceptable, as far as the dashboard can tell before asking the server
 * (which also refuses the most common passwords: that list is too large for the browser).
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Fewer different characters than this ("aaaaaaaaaa", "ababababab") is a pattern, not a password. */
const MIN_DISTINCT_CHARACTERS = 5;

export type PasswordProblem = "tooShort" | "fewCharacters" | "containsUsername";

const fold = (text: string) => text.normalize("NFC").toLowerCase();

/** Why `password` may not be chosen by the account `username`, or null when it may. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const characters = [...password.normalize("NFC")];
  if (characters.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (new Set(characters.map((character) => character.toLowerCase())).size < MIN_DISTINCT_CHARACTERS) {
    return "fewCharacters";
  }
  const name = fold(username.trim());
  if (name.length >= 3 && fold(password).includes(name)) return "containsUsername";
  return null;
}
