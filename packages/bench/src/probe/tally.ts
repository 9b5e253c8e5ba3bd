/** One line of the probe's report: how many attempts it made and how many of them held. */
export interface Tally {
  check: string;
  tried: number;
  held: number;
  /** What did not hold, or what is worth knowing about what did. */
  notes: string[];
}

export function tally(check: string): Tally & { record(held: boolean, note?: string): void } {
  const line: Tally = { check, tried: 0, held: 0, notes: [] };
  return Object.assign(line, {
    record(held: boolean, note?: string) {
      line.tried += 1;
      if (held) line.held += 1;
      if (note && line.notes.length < 5) line.notes.push(note);
    },
  });
}

export function formatTallies(title: string, tallies: Tally[]): string {
  const width = Math.max(...tallies.map((line) => line.check.length));
  const rows = tallies.map(
    (line) =>
      `  ${line.check.padEnd(width)}  ${String(line.tried).padStart(5)}  ${String(line.held).padStart(5)}` +
      (line.notes.length > 0 ? `  ${line.notes.join("; ")}` : ""),
  );
  return [`${title}`, `  ${"check".padEnd(width)}  tried   held`, ...rows].join("\n");
}
