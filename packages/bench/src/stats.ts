export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `work` a few times untimed, then `runs` times timed, one after another; milliseconds. */
export async function time(runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<Timing> {
  for (let run = 0; run < 3; run += 1) await work(run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work(run);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (quantile: number) => samples[Math.min(samples.length - 1, Math.ceil(quantile * samples.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs };
}

export const formatMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
