import { useDialog } from "naive-ui";
import { onBeforeUnmount, onMounted, type Ref } from "vue";
import { useI18n } from "vue-i18n";
import { onBeforeRouteLeave } from "vue-router";

/**
 * Keeps unsaved edits from being lost silently: leaving the page inside the app asks first, and so
 * does the browser when the tab is closed or reloaded. `confirmDiscard` asks the same question
 * before the page itself throws edits away (switching the year).
 */
export function useUnsavedGuard(dirty: Ref<boolean>) {
  const dialog = useDialog();
  const { t } = useI18n();

  function confirmDiscard(title = t("setup.leave.title")): Promise<boolean> {
    if (!dirty.value) return Promise.resolve(true);
    return new Promise((resolve) => {
      dialog.warning({
        title,
        content: t("setup.leave.body"),
        positiveText: t("setup.leave.confirm"),
        negativeText: t("setup.leave.stay"),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      });
    });
  }

  onBeforeRouteLeave(() => confirmDiscard());

  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!dirty.value) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = "";
  }
  onMounted(() => window.addEventListener("beforeunload", onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener("beforeunload", onBeforeUnload));

  return { confirmDiscard };
}
