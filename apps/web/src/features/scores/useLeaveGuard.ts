import { useDialog } from "naive-ui";
import { onBeforeUnmount, onMounted, type Ref } from "vue";
import { useI18n } from "vue-i18n";
import { onBeforeRouteLeave, onBeforeRouteUpdate, type RouteLocationNormalized } from "vue-router";

/**
 * Asks before unsaved figures are lost: leaving the page, switching bloc, year or quarter in the
 * app, and closing or reloading the tab (the browser asks then, in its own words).
 */
export function useLeaveGuard(unsaved: Ref<number>) {
  const dialog = useDialog();
  const { t } = useI18n();

  function confirmLeave(): Promise<boolean> {
    if (unsaved.value === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      dialog.warning({
        title: t("scores.leave.title"),
        content: t("scores.leave.body", { count: unsaved.value }),
        positiveText: t("scores.leave.go"),
        negativeText: t("scores.leave.stay"),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false),
      });
    });
  }

  const sheetChanges = (to: RouteLocationNormalized, from: RouteLocationNormalized) =>
    to.params.blocId !== from.params.blocId ||
    to.query.year !== from.query.year ||
    to.query.quarter !== from.query.quarter;

  onBeforeRouteLeave(() => confirmLeave());
  onBeforeRouteUpdate((to, from) => (sheetChanges(to, from) ? confirmLeave() : true));

  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (unsaved.value === 0) return;
    event.preventDefault();
    // Older browsers need a return value to ask at all.
    event.returnValue = "";
  }
  onMounted(() => window.addEventListener("beforeunload", onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener("beforeunload", onBeforeUnload));
}
