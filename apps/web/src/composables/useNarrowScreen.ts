import { onBeforeUnmount, ref, type Ref } from "vue";

/** The width below which pages lay out for a phone (the same as the stylesheets' breakpoint). */
export const PHONE_WIDTH = 640;
/** The width from which pages lay out for a projector or a large monitor (styles.css). */
export const PROJECTOR_WIDTH = 1700;

/** Whether a media query holds now; follows rotation and resizing. */
function useMediaQuery(media: string): Ref<boolean> {
  const query = globalThis.matchMedia?.(media);
  const matches = ref(query?.matches ?? false);
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches;
  };
  query?.addEventListener("change", onChange);
  onBeforeUnmount(() => query?.removeEventListener("change", onChange));
  return matches;
}

export const useNarrowScreen = () => useMediaQuery(`(max-width: ${PHONE_WIDTH}px)`);
export const useProjectorScreen = () => useMediaQuery(`(min-width: ${PROJECTOR_WIDTH}px)`);
