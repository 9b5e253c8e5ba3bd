import { apiLocale } from "../api/client";

interface Prefetched {
  answer: Promise<unknown>;
  at: number;
}

// Long enough for a page's code to arrive; short enough that nobody is shown an old answer.
const KEEP_MS = 5000;
const waiting = new Map<string, Prefetched>();

const keyOf = (procedure: string, input: unknown) => `${apiLocale()}|${procedure}|${JSON.stringify(input)}`;

/**
 * Lets a route ask for its page's first data while the page's code is still downloading. The
 * answer is handed over once, to the first store call with the same procedure and input.
 */
export function prefetch<T>(procedure: string, input: unknown, load: () => Promise<T>): void {
  const answer = load();
  answer.catch(() => undefined);
  waiting.set(keyOf(procedure, input), { answer, at: Date.now() });
}

/** The prefetched answer for this call, if one is waiting, else a fresh call. */
export function takePrefetched<T>(procedure: string, input: unknown, load: () => Promise<T>): Promise<T> {
  const key = keyOf(procedure, input);
  const found = waiting.get(key);
  waiting.delete(key);
  return found && Date.now() - found.at < KEEP_MS ? (found.answer as Promise<T>) : load();
}
