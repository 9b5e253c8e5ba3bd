/** The form usernames are stored and compared in: sign-in ignores case and surrounding spaces. */
export const usernameKey = (typed: string) => typed.normalize("NFC").trim().toLowerCase();
