import { describe, expect, it } from "vitest";
import { quarterToEnter, type QuarterStatus } from "./period-default";

describe("quarterToEnter", () => {
  const statuses = (...list: QuarterStatus["status"][]) =>
    list.map((status, index) => ({ quarter: index + 1, status }));

  it("opens the earliest open quarter after the last closed one", () => {
    // Lào Cai's district bloc in 2025: I and II published, III open and empty, IV open.
    expect(quarterToEnter(statuses("PUBLISHED", "PUBLISHED", "OPEN", "OPEN"))).toBe(3);
    expect(quarterToEnter(statuses("PUBLISHED", "PUBLISHED", "PUBLISHED", "OPEN"))).toBe(4);
    expect(quarterToEnter(statuses("OPEN", "OPEN", "OPEN", "OPEN"))).toBe(1);
  });

  it("skips open quarters before the first closed one and falls back to the last closed one", () => {
    // A cluster founded mid-year: I and II never entered, III published, IV locked.
    expect(quarterToEnter(statuses("OPEN", "OPEN", "PUBLISHED", "LOCKED"))).toBe(4);
    expect(quarterToEnter(statuses("OPEN", "OPEN", "PUBLISHED", "OPEN"))).toBe(4);
    expect(quarterToEnter([])).toBe(1);
  });
});
