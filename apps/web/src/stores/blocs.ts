import { defineStore } from "pinia";
import { api, type RouterOutputs } from "../api/client";

export type BlocSummary = RouterOutputs["blocs"]["list"][number];
export type BlocDetail = RouterOutputs["blocs"]["byId"];

/** The blocs the user may read, and one bloc's years, members' head/deputy and quarter statuses. */
export const useBlocsStore = defineStore("blocs", () => {
  function list(year?: number): Promise<BlocSummary[]> {
    return api.blocs.list.query(year === undefined ? {} : { year });
  }

  function byId(id: string): Promise<BlocDetail> {
    return api.blocs.byId.query({ id });
  }

  return { list, byId };
});
