import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type ProvinceOverview = RouterOutputs["insights"]["province"];
export type BlocOverview = ProvinceOverview["blocs"][number];
export type OverviewUnit = BlocOverview["leaders"][number];
export type Province = RouterOutputs["units"]["provinces"][number];
export type BlocDetail = RouterOutputs["blocs"]["byId"];

/** The province overview, the provinces the user may choose from, and the periods its blocs have figures for. */
export const useProvinceStore = defineStore("province", () => {
  function overview(query: RouterInputs["insights"]["province"]): Promise<ProvinceOverview> {
    return api.insights.province.query(query);
  }

  function provinces(): Promise<Province[]> {
    return api.units.provinces.query();
  }

  /** The years and quarter statuses of every bloc of a province the user may read. */
  async function blocPeriods(provinceId: string | null): Promise<BlocDetail[]> {
    const blocs = await api.blocs.list.query({});
    const inProvince = blocs.filter((bloc) => provinceId === null || bloc.province.id === provinceId);
    return Promise.all(inProvince.map((bloc) => api.blocs.byId.query({ id: bloc.id })));
  }

  return { overview, provinces, blocPeriods };
});
