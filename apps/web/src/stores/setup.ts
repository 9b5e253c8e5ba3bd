import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type BlocYear = RouterOutputs["blocs"]["year"];
export type SaveYearInput = RouterInputs["blocs"]["saveYear"];
export type ProvinceUnit = RouterOutputs["units"]["list"][number];
export type CriteriaSetTree = NonNullable<RouterOutputs["criteria"]["byBlocYear"]>;
export type SaveCriteriaInput = RouterInputs["criteria"]["save"];
export type TargetGrid = RouterOutputs["targets"]["list"];
export type SaveTargetsInput = RouterInputs["targets"]["save"];

/** A bloc's year set-up: its members and leadership, its criteria set (giao ước) and its targets. */
export const useSetupStore = defineStore("setup", () => {
  function blocYear(blocId: string, year: number): Promise<BlocYear> {
    return api.blocs.year.query({ blocId, year });
  }

  function saveYear(input: SaveYearInput): Promise<BlocYear> {
    return api.blocs.saveYear.mutate(input);
  }

  /** The units of a province that can join its blocs (the province itself left out). */
  async function provinceUnits(provinceId: string): Promise<ProvinceUnit[]> {
    const units = await api.units.list.query({ provinceId });
    return units.filter((unit) => unit.kind !== "PROVINCE");
  }

  function criteria(blocId: string, year: number): Promise<CriteriaSetTree | null> {
    return api.criteria.byBlocYear.query({ blocId, year });
  }

  function saveCriteria(input: SaveCriteriaInput): Promise<CriteriaSetTree> {
    return api.criteria.save.mutate(input);
  }

  function copyCriteria(blocId: string, year: number): Promise<CriteriaSetTree> {
    return api.criteria.copyFromYear.mutate({ blocId, year });
  }

  function targets(blocId: string, year: number): Promise<TargetGrid> {
    return api.targets.list.query({ blocId, year });
  }

  function saveTargets(input: SaveTargetsInput) {
    return api.targets.save.mutate(input);
  }

  /** Reads a filled-in targets sheet against the year's targets; nothing is written. */
  function previewTargetsSheet(blocId: string, year: number, file: string) {
    return api.imports.targets.mutate({ blocId, year, file });
  }

  /**
   * Starts `year` from the year before: its members in the same order with the leadership rotated,
   * then its criteria set when that year had one (targets and results are never copied).
   */
  async function startYearFromPrevious(blocId: string, year: number): Promise<{ criteriaCopied: boolean }> {
    await api.blocs.copyYear.mutate({ blocId, year });
    const previous = await api.criteria.byBlocYear.query({ blocId, year: year - 1 });
    if (!previous) return { criteriaCopied: false };
    await api.criteria.copyFromYear.mutate({ blocId, year });
    return { criteriaCopied: true };
  }

  /** A bloc's very first year: no members yet, its four quarters open. */
  function startEmptyYear(blocId: string, year: number): Promise<BlocYear> {
    return api.blocs.saveYear.mutate({
      blocId,
      year,
      version: null,
      memberUnitIds: [],
      headUnitId: null,
      deputyUnitId: null,
    });
  }

  return {
    blocYear,
    startEmptyYear,
    saveYear,
    provinceUnits,
    criteria,
    saveCriteria,
    copyCriteria,
    targets,
    saveTargets,
    previewTargetsSheet,
    startYearFromPrevious,
  };
});
