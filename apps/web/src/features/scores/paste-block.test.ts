import { describe, expect, it } from "vitest";
import { parseClipboardBlock, placeBlock } from "./paste-block";

describe("parseClipboardBlock", () => {
  it("reads Excel's tab-separated rows and drops the line break after the last one", () => {
    expect(parseClipboardBlock("3,7\t127.600\t1\r\n4\t5,5\t0\r\n")).toEqual([
      ["3,7", "127.600", "1"],
      ["4", "5,5", "0"],
    ]);
    expect(parseClipboardBlock("42")).toEqual([["42"]]);
    expect(parseClipboardBlock("")).toEqual([]);
  });

  it("keeps quoted cells whole and empty cells in place", () => {
    expect(parseClipboardBlock('"1.234,5"\t\t"a\tb"\n2\t3\t4')).toEqual([
      ["1.234,5", "", "a\tb"],
      ["2", "3", "4"],
    ]);
  });
});

describe("placeBlock", () => {
  it("lays the block from the focused cell and drops what falls off the sheet", () => {
    const placed = placeBlock(
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
      { row: 4, col: 2 },
      { rows: 5, cols: 4 },
    );
    expect(placed).toEqual([
      { row: 4, col: 2, text: "a" },
      { row: 4, col: 3, text: "b" },
    ]);
  });
});
