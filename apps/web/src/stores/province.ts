import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type OverviewPage = RouterOutputs["insights"]["overview"];
export type OverviewQuery = RouterInputs["insights"]["overview"];
export type ProvinceOverview = NonNullable<OverviewPage["overview"]>;
export type BlocOverview = ProvinceOverview["blocs"][number];
export type OverviewUnit = BlocOverview["leaders"][number];
export type Province = OverviewPage["provinces"][number];

/** The province overview page: the provinces the user may choose from, its blocs' periods and the overview, in one call. */
export const useProvinceStore = defineStore("province", () => {
  function overview(query: OverviewQuery): Promise<OverviewPage> {
    return api.insights.overview.query(query);
  }

  return { overview };
});
