import { defineStore } from "pinia";
import { api, type RouterOutputs } from "../api/client";
import type { PeriodStatus, QuarterRef } from "./scores";

export type CompletenessPanel = RouterOutputs["sheets"]["completeness"];
export type UnitCompleteness = CompletenessPanel["units"][number];
export type QuarterEvent = CompletenessPanel["history"][number];
export type SheetStatus = RouterOutputs["sheets"]["submit"];
export type SheetState = SheetStatus["state"];

/** A quarter's cycle: units' submissions, the coordinator's returns and verifications, the deadline, locking in order. */
export const useCycleStore = defineStore("cycle", () => {
  function completeness(quarter: QuarterRef): Promise<CompletenessPanel> {
    return api.sheets.completeness.query(quarter);
  }

  /** The signed-in unit submits its own sheet; refused, naming what is missing, while it is incomplete. */
  function submit(quarter: QuarterRef): Promise<SheetStatus> {
    return api.sheets.submit.mutate(quarter);
  }

  function returnSheet(quarter: QuarterRef, unitId: string, remarks: string): Promise<SheetStatus> {
    return api.sheets.return.mutate({ ...quarter, unitId, remarks });
  }

  function verify(quarter: QuarterRef, unitId: string): Promise<SheetStatus> {
    return api.sheets.verify.mutate({ ...quarter, unitId });
  }

  function setDeadline(quarter: QuarterRef, deadline: string | null) {
    return api.periods.setDeadline.mutate({ ...quarter, deadline });
  }

  /** Lock, publish or reopen; a reopening, and a lock with units unverified, take the reason. */
  function setStatus(quarter: QuarterRef, status: PeriodStatus, reason: string | null) {
    return api.periods.setStatus.mutate({ ...quarter, status, ...(reason ? { reason } : {}) });
  }

  return { completeness, submit, returnSheet, verify, setDeadline, setStatus };
});
