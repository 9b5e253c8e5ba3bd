import { onBeforeUnmount, watch, type Ref } from "vue";
import { describeProblem, isSignedOut } from "../../api/errors";
import { useSessionStore } from "../../stores/session";

/**
 * For a page with unsaved work: while there is some, an ended session asks for the password over the
 * page instead of leaving it. `retryAfterSignIn` tells whether a refused call is worth retrying: true
 * once the user signed in again, false when the refusal was something else or they chose not to.
 */
export function useKeepWorkSignedIn(unsaved: Ref<number>) {
  const session = useSessionStore();
  let counted = false;

  function count(keep: boolean) {
    if (keep === counted) return;
    counted = keep;
    session.keepingWork += keep ? 1 : -1;
  }
  watch(() => unsaved.value > 0, count, { immediate: true });
  onBeforeUnmount(() => count(false));

  function retryAfterSignIn(error: unknown): Promise<boolean> {
    return isSignedOut(describeProblem(error)) ? session.afterSignInAgain() : Promise.resolve(false);
  }
  return { retryAfterSignIn };
}
