import { describe, expect, it } from "vitest";
import { readFigure } from "./read-figure";

describe("readFigure", () => {
  it("reads figures that mean the same in either language's marks", () => {
    expect(readFigure("3,7")).toEqual({ kind: "number", value: 3.7 });
    expect(readFigure("3.75")).toEqual({ kind: "number", value: 3.75 });
    expect(readFigure("1.234,5")).toEqual({ kind: "number", value: 1234.5 });
    expect(readFigure("1,234.5")).toEqual({ kind: "number", value: 1234.5 });
    expect(readFigure("1.234.567")).toEqual({ kind: "number", value: 1234567 });
    expect(readFigure("110,75%")).toEqual({ kind: "number", value: 110.75 });
    expect(readFigure("0,125")).toEqual({ kind: "number", value: 0.125 });
    expect(readFigure(" 42 ")).toEqual({ kind: "number", value: 42 });
  });

  it("flags one mark before three digits, which is a thousands group in one language and a decimal in the other", () => {
    expect(readFigure("127.600")).toEqual({ kind: "ambiguous", readings: [127600, 127.6] });
    expect(readFigure("3,700")).toEqual({ kind: "ambiguous", readings: [3.7, 3700] });
  });

  it("refuses what is not a number", () => {
    expect(readFigure("")).toEqual({ kind: "invalid" });
    expect(readFigure("có")).toEqual({ kind: "invalid" });
    expect(readFigure("1.23.4")).toEqual({ kind: "invalid" });
  });
});
