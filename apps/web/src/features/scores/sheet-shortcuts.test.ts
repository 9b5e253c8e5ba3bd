import { describe, expect, it } from "vitest";
import { sheetShortcut, type ShortcutPress } from "./sheet-shortcuts";

const press = (key: string, modifiers: Partial<ShortcutPress> = {}): ShortcutPress => ({
  key,
  code: `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe("the sheet's shortcuts", () => {
  it("save on Ctrl+S and on Cmd+S, caps lock or not", () => {
    expect(sheetShortcut(press("s", { ctrlKey: true }))).toBe("save");
    expect(sheetShortcut(press("s", { metaKey: true }))).toBe("save");
    expect(sheetShortcut(press("S", { ctrlKey: true }))).toBe("save");
  });

  it("leave for the toolbar on Alt+T, also where the Mac's Option key types another letter", () => {
    expect(sheetShortcut(press("t", { altKey: true }))).toBe("toolbar");
    expect(sheetShortcut({ ...press("t", { altKey: true }), key: "†" })).toBe("toolbar");
  });

  it("leave plain typing and other combinations to the cell", () => {
    expect(sheetShortcut(press("s"))).toBeNull();
    expect(sheetShortcut(press("t"))).toBeNull();
    expect(sheetShortcut(press("s", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(sheetShortcut(press("s", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(sheetShortcut(press("t", { altKey: true, ctrlKey: true }))).toBeNull();
  });
});
