import { onBeforeUnmount, onMounted } from "vue";
import { sheetShortcut } from "./sheet-shortcuts";

/** The focusable controls of the toolbar, in the order Tab visits them. */
const CONTROLS = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex="0"]';

/**
 * The sheet page's keyboard shortcuts, wherever the focus is on the page: Ctrl+S saves (never the
 * browser's "save page"), Alt+T moves the focus to the toolbar's first control.
 */
export function useSheetShortcuts(options: { save: () => void; toolbar: () => HTMLElement | null | undefined }) {
  function onKeydown(event: KeyboardEvent) {
    const shortcut = sheetShortcut(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut === "save") {
      options.save();
      return;
    }
    options.toolbar()?.querySelector<HTMLElement>(CONTROLS)?.focus();
  }
  onMounted(() => window.addEventListener("keydown", onKeydown));
  onBeforeUnmount(() => window.removeEventListener("keydown", onKeydown));
}
