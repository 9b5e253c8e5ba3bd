import { ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from "vue";
import { describeProblem, isSignedOut, type ApiProblem } from "../api/errors";

export interface Loader<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  problem: Ref<ApiProblem | null>;
  reload: () => Promise<void>;
}

/**
 * A view's loading and error state around one store call, reloaded when its sources change.
 * Only the latest call's answer is kept, so quickly switching quarters never shows a stale one.
 */
export function useLoader<T>(load: () => Promise<T>, sources: WatchSource[] = []): Loader<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(true);
  const problem = ref<ApiProblem | null>(null);
  let latest = 0;

  async function reload() {
    const call = ++latest;
    loading.value = true;
    problem.value = null;
    try {
      const result = await load();
      if (call === latest) data.value = result;
    } catch (error) {
      if (call !== latest) return;
      const described = describeProblem(error);
      // A session that ended is no error of this view: SessionEnded takes the user to sign in again.
      if (isSignedOut(described)) return;
      problem.value = described;
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  watch(sources, () => void reload(), { immediate: true });
  return { data, loading, problem, reload };
}
