import type { ApiClient } from "./client";

/** A reopening is on record with its reason (issue 10, item 4). */
export const REOPEN_REASON = "Điều chỉnh số liệu theo kết luận của khối";

/**
 * Reopens every locked or published quarter of a bloc-year, latest first: what a coordinator does
 * on record before correcting a year whose results stand.
 */
export async function reopenYear(client: ApiClient, blocId: string, year: number): Promise<void> {
  const quarters = await client.periods.list.query({ blocId, year });
  for (const { quarter, status } of [...quarters].reverse()) {
    if (status !== "OPEN") {
      await client.periods.setStatus.mutate({ blocId, year, quarter, status: "OPEN", reason: REOPEN_REASON });
    }
  }
}
