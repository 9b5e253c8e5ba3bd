import { describe, expect, it } from "vitest";
import { keyMove, moveFrom } from "./sheet-navigation";

const size = { rows: 3, cols: 4 };
const inside = { atStart: false, atEnd: false };
const key = (name: string, shiftKey = false) => ({ key: name, shiftKey });

describe("moveFrom", () => {
  it("moves one cell and stops at the edges", () => {
    expect(moveFrom({ row: 1, col: 1 }, "up", size)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 1, col: 1 }, "down", size)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 2, col: 1 }, "down", size)).toEqual({ row: 2, col: 1 });
    expect(moveFrom({ row: 0, col: 0 }, "left", size)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 0, col: 3 }, "right", size)).toEqual({ row: 0, col: 3 });
  });

  it("wraps Tab to the next row and Shift+Tab to the previous one", () => {
    expect(moveFrom({ row: 0, col: 3 }, "next", size)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 1, col: 0 }, "previous", size)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 2, col: 3 }, "next", size)).toEqual({ row: 2, col: 3 });
    expect(moveFrom({ row: 0, col: 0 }, "previous", size)).toEqual({ row: 0, col: 0 });
  });
});

describe("keyMove", () => {
  it("moves on every arrow while a cell is only selected", () => {
    expect(keyMove(key("ArrowLeft"), false, inside)).toBe("left");
    expect(keyMove(key("ArrowRight"), false, inside)).toBe("right");
    expect(keyMove(key("ArrowUp"), false, inside)).toBe("up");
  });

  it("lets left and right move the caret while editing, until the text's ends", () => {
    expect(keyMove(key("ArrowLeft"), true, inside)).toBeNull();
    expect(keyMove(key("ArrowRight"), true, inside)).toBeNull();
    expect(keyMove(key("ArrowLeft"), true, { atStart: true, atEnd: false })).toBe("left");
    expect(keyMove(key("ArrowRight"), true, { atStart: false, atEnd: true })).toBe("right");
    expect(keyMove(key("ArrowDown"), true, inside)).toBe("down");
  });

  it("maps Tab, Shift+Tab, Enter and Shift+Enter; leaves other keys and shortcuts to the input", () => {
    expect(keyMove(key("Tab"), true, inside)).toBe("next");
    expect(keyMove(key("Tab", true), false, inside)).toBe("previous");
    expect(keyMove(key("Enter"), true, inside)).toBe("down");
    expect(keyMove(key("Enter", true), true, inside)).toBe("up");
    expect(keyMove(key("5"), false, inside)).toBeNull();
    expect(keyMove({ key: "ArrowLeft", shiftKey: false, ctrlKey: true }, false, inside)).toBeNull();
  });
});
