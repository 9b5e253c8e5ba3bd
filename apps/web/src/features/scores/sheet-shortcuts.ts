/** What the sheet page does for a key pressed anywhere on it. */
export type SheetShortcut = "save" | "toolbar";

export interface ShortcutPress {
  key: string;
  /** The physical key: Alt+T on a Mac types "†", but is still KeyT. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+S (Cmd+S on a Mac) saves, as in every editor; Alt+T ("thanh công cụ", toolbar) leaves the sheet
 * for its toolbar, which Shift+Tab would reach only through every cell and button on the way.
 */
export function sheetShortcut(press: ShortcutPress): SheetShortcut | null {
  const command = press.ctrlKey !== press.metaKey;
  if (command && !press.altKey && !press.shiftKey && press.key.toLowerCase() === "s") return "save";
  if (press.altKey && !press.ctrlKey && !press.metaKey && !press.shiftKey && press.code === "KeyT") return "toolbar";
  return null;
}
