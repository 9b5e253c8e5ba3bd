import { TRPCClientError } from "@trpc/client";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { cellsMarked, httpClient, markEveryCell, type GridSave } from "@thidua/server/testing";
import type { ProbedServer } from "./server";
import { tally, type Tally } from "./tally";

/** The organisations' bloc's open quarter IV/2025: every member × criterion, the largest save of the demo. */
export async function openGrid(origin: string) {
  const { client } = httpClient(origin);
  await client.auth.login.mutate({ username: "dieuphoi.laocai", password: DEMO_PASSWORD });
  const bloc = (await client.blocs.list.query({})).find((candidate) => candidate.code === "LCI-DOANTHE")!;
  const read = () => client.results.grid.query({ blocId: bloc.id, year: 2025, quarter: 4 });
  return { client, read };
}

const conflicted = (error: unknown) => error instanceof TRPCClientError && error.data?.code === "CONFLICT";

/**
 * Two sessions saving at the same moment, `rounds` times each way: halves of the grid (both must
 * land whole), and the whole grid from the same versions (exactly one lands, the other is told of
 * the conflict, and what is stored is the winner's).
 */
export async function probeConcurrentSaves(origin: string, rounds: number): Promise<Tally> {
  const line = tally("concurrent save rounds");
  const [first, second] = [await openGrid(origin), await openGrid(origin)];
  for (let round = 0; round < rounds; round++) {
    const grid = await first.read();
    if (round % 2 === 0) {
      const whole = markEveryCell(grid, "");
      const half = Math.floor(whole.cells.length / 2);
      const mark = (cells: GridSave["cells"], marker: string): GridSave => ({
        ...whole,
        cells: cells.map((cell) => ({ ...cell, note: marker })),
      });
      const [a, b] = [`r${round} a`, `r${round} b`];
      const saved = await Promise.allSettled([
        first.client.results.saveGrid.mutate(mark(whole.cells.slice(0, half), a)),
        second.client.results.saveGrid.mutate(mark(whole.cells.slice(half), b)),
      ]);
      const after = await first.read();
      const held =
        saved.every((outcome) => outcome.status === "fulfilled") &&
        cellsMarked(after, a) === half &&
        cellsMarked(after, b) === whole.cells.length - half;
      line.record(held, held ? undefined : `round ${round} (disjoint halves) lost cells`);
    } else {
      const [a, b] = [`r${round} a`, `r${round} b`];
      const [saveA, saveB] = [markEveryCell(grid, a), markEveryCell(grid, b)];
      const saved = await Promise.allSettled([
        first.client.results.saveGrid.mutate(saveA),
        second.client.results.saveGrid.mutate(saveB),
      ]);
      const winners = saved.map((outcome) => outcome.status === "fulfilled");
      const losersTold = saved.every((outcome) => outcome.status === "fulfilled" || conflicted(outcome.reason));
      const after = await first.read();
      const winner = winners[0] ? a : b;
      const held =
        winners.filter(Boolean).length === 1 && losersTold && cellsMarked(after, winner) === saveA.cells.length;
      line.record(held, held ? undefined : `round ${round} (same cells): ${winners.join("/")}`);
    }
  }
  return line;
}

/**
 * kill -9 during the whole-bloc save, `kills` times at moments spread over the save's duration,
 * restarting at once: every save wholly there or wholly absent, and every confirmed one there.
 */
export async function probeCrashes(server: ProbedServer, kills: number): Promise<Tally> {
  const line = tally("kill -9 during a whole-bloc save");
  // Timed on a server just started, as every round's save is: a cold server saves slower.
  await server.current.crash();
  await server.restart();
  const { client, read } = await openGrid(server.current.url);
  const calm = markEveryCell(await read(), "calm");
  const started = performance.now();
  await client.results.saveGrid.mutate(calm);
  const saveMs = performance.now() - started;
  const outcomes = { whole: 0, absent: 0 };
  let restartMs = 0;
  for (let kill = 0; kill < kills; kill++) {
    const { client: writer, read: readBefore } = await openGrid(server.current.url);
    const save = markEveryCell(await readBefore(), `kill ${kill}`);
    const confirmed = writer.results.saveGrid.mutate(save).then(
      () => true,
      () => false,
    );
    // From the moment the save is sent to well after it should have been confirmed.
    await new Promise((waited) => setTimeout(waited, ((kill / Math.max(1, kills - 1)) * 2 * saveMs) | 0));
    await server.current.crash();
    const wasConfirmed = await confirmed;
    const restarting = performance.now();
    await server.restart();
    restartMs = Math.max(restartMs, performance.now() - restarting);
    const marked = cellsMarked(await (await openGrid(server.current.url)).read(), `kill ${kill}`);
    const held = (marked === 0 || marked === save.cells.length) && (!wasConfirmed || marked === save.cells.length);
    if (marked === 0) outcomes.absent += 1;
    else outcomes.whole += 1;
    line.record(held, held ? undefined : `kill ${kill}: ${marked} of ${save.cells.length} cells`);
  }
  line.notes.push(
    `${calm.cells.length} cells, save ${Math.round(saveMs)} ms; whole ${outcomes.whole}, absent ${outcomes.absent}; slowest restart ${(restartMs / 1000).toFixed(1)} s`,
  );
  return line;
}
