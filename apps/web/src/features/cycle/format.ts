import { deadlineEnd } from "@thidua/core";

export { formatDateTime } from "../admin/format";

/** A deadline "2025-10-15" as offices write it: "15/10/2025". */
export function formatDeadline(deadline: string): string {
  const [year, month, day] = deadline.split("-");
  return `${day}/${month}/${year}`;
}

/** Whether the deadline day is over, in Vietnam's calendar. */
export const deadlinePassed = (deadline: string | null, now = new Date()): boolean =>
  deadline !== null && now.getTime() >= deadlineEnd(deadline).getTime();
