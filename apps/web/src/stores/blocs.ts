import { defineStore } from "pinia";
import { api, type RouterOutputs } from "../api/client";
import { prefetch, takePrefetched } from "./prefetch";

export type BlocSummary = RouterOutputs["blocs"]["list"][number];
export type BlocDetail = RouterOutputs["blocs"]["byId"];

/** The blocs the user may read, and one bloc's years, members' head/deputy and quarter statuses. */
export const useBlocsStore = defineStore("blocs", () => {
  function list(year?: number): Promise<BlocSummary[]> {
    return api.blocs.list.query(year === undefined ? {} : { year });
  }

  function byId(id: string): Promise<BlocDetail> {
    return takePrefetched("blocs.byId", { id }, () => api.blocs.byId.query({ id }));
  }

  /** Asks for a bloc before its page is on screen; the page's own call then receives it. */
  function prefetchById(id: string): void {
    prefetch("blocs.byId", { id }, () => api.blocs.byId.query({ id }));
  }

  return { list, byId, prefetchById };
});
