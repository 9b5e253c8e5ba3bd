import type { ApiClient } from "./client";

/**
 * Reopens every locked or published quarter of a bloc-year, latest first: what a coordinator does
 * on record before correcting a year whose results stand.
 */
export async function reopenYear(client: ApiClient, blocId: string, year: number): Promise<void> {
  const quarters = await client.periods.list.query({ blocId, year });
  for (const { quarter, status } of [...quarters].reverse()) {
    if (status !== "OPEN") await client.periods.setStatus.mutate({ blocId, year, quarter, status: "OPEN" });
  }
}
