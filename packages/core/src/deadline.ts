/**
 * Submission deadlines (hạn nộp) are calendar dates in Vietnam, which keeps UTC+7 all year (no
 * daylight saving): a sheet submitted on the deadline day, up to its last moment in Vietnam, is
 * on time wherever the server or the browser runs.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The first instant after the deadline day, from its "yyyy-mm-dd". */
export function deadlineEnd(deadline: string): Date {
  const [year, month, day] = deadline.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1) - VIETNAM_OFFSET_MS);
}

/** Whether a submission came after the deadline day; never late without a deadline. */
export function isLate(submittedAt: Date, deadline: string | null): boolean {
  return deadline !== null && submittedAt.getTime() >= deadlineEnd(deadline).getTime();
}

/** The calendar date, in Vietnam, of an instant: what "today" is against a deadline. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
