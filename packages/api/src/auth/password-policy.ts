import { PASSWORD_MIN_LENGTH, passwordProblem, searchFold } from "@thidua/core";
import { AppError } from "../errors";

/**
 * Passwords people in Vietnamese offices reach for first, beside the international list below:
 * the words for "password", the name of the app and its demo password, the year.
 */
const VIETNAMESE_COMMON = [
  "matkhau",
  "matkhau123",
  "matkhau@123",
  "matkhau1234",
  "matkhau12345",
  "matkhaumoi",
  "matkhaumoi123",
  "thidua",
  "thidua@2025",
  "thidua@2026",
  "thidua2025",
  "thidua2026",
  "thiduakhenthuong",
  "khenthuong",
  "vietnam123",
  "vietnam2025",
  "vietnam2026",
  "anhyeuem",
  "anhyeuem123",
  "emyeuanh",
  "emyeuanh123",
  "123456789a",
  "123456789a@",
  "a123456789",
  "a@123456789",
  "admin@123",
  "admin@1234",
  "admin12345",
  "abc@123456",
  "12345678@",
  "123456789@",
];

let common: Promise<Set<string>> | undefined;

/**
 * The 49,000 most common passwords of the zxcvbn-ts project's list and ours, lower case and
 * without diacritics. Loaded on the first password change, not at start.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set([...dictionary["passwords-common"], ...VIETNAMESE_COMMON].map(searchFold)),
  );
  return common;
}

/** Refuses a new password that is too short, a pattern, the username, or one of the most common passwords. */
export async function assertAcceptablePassword(password: string, username: string): Promise<void> {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError("BAD_REQUEST", `password.${problem}`, { min: PASSWORD_MIN_LENGTH });
  if ((await commonPasswords()).has(searchFold(password))) throw new AppError("BAD_REQUEST", "password.common");
}
