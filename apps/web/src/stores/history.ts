import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type CellRef = RouterInputs["history"]["cell"];
export type CellHistory = RouterOutputs["history"]["cell"];
export type CellHistoryEntry = CellHistory["entries"][number];
export type RevertInput = RouterInputs["history"]["revert"];
export type AuditQuery = RouterInputs["audit"]["list"];
export type AuditPage = RouterOutputs["audit"]["list"];
export type AuditItem = AuditPage["items"][number];
export type AuditFilters = RouterOutputs["audit"]["filters"];

/** A cell's history and its revert; a bloc's audit log with the choices of its filters. */
export const useHistoryStore = defineStore("history", () => {
  function cell(ref: CellRef): Promise<CellHistory> {
    return api.history.cell.query(ref);
  }

  function revert(input: RevertInput) {
    return api.history.revert.mutate(input);
  }

  function log(query: AuditQuery): Promise<AuditPage> {
    return api.audit.list.query(query);
  }

  function filters(blocId: string): Promise<AuditFilters> {
    return api.audit.filters.query({ blocId });
  }

  return { cell, revert, log, filters };
});
