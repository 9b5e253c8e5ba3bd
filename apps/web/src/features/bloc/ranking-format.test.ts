import { describe, expect, it } from "vitest";
import { bandColour, movementView, rankLabel } from "./ranking-format";

describe("rankLabel", () => {
  it("marks shared ranks", () => {
    expect(rankLabel(2, true)).toBe("2 =");
    expect(rankLabel(4, false)).toBe("4");
  });
});

describe("movementView", () => {
  it("shows steps up and down with arrows, and a dash for none", () => {
    expect(movementView(2)).toEqual({ direction: "up", symbol: "▲2", steps: 2 });
    expect(movementView(-1)).toEqual({ direction: "down", symbol: "▼1", steps: 1 });
    expect(movementView(0)).toEqual({ direction: "same", symbol: "–", steps: 0 });
    expect(movementView(null)).toEqual({ direction: "none", symbol: "–", steps: 0 });
  });
});

describe("bandColour", () => {
  it("gives each band its own colour and grey to units without a band", () => {
    const colours = [0, 1, 2, 3].map(bandColour);
    expect(new Set(colours).size).toBe(4);
    expect(bandColour(-1)).toBe("#57534e");
    expect(bandColour(9)).toBe(bandColour(3));
  });
});
