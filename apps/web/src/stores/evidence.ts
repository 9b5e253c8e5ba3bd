import { defineStore } from "pinia";
import { api, apiLocale, type RouterInputs, type RouterOutputs } from "../api/client";
import { FileProblem } from "../api/files";
import type { QuarterRef } from "./scores";

export type EvidenceItem = RouterOutputs["evidence"]["sheet"][number];
export type AddLinkInput = RouterInputs["evidence"]["addLink"];

/** Where a piece of evidence belongs. */
export interface EvidenceCellRef extends QuarterRef {
  unitId: string;
  criterionId: string;
}

/** A stored file, opened in place by the browser (a PDF, a photo) or downloaded (Word, Excel). */
export const evidenceFileUrl = (id: string) => `/evidence/${encodeURIComponent(id)}`;

/** Evidence of a bloc quarter: the list, links, and files up and out through /evidence. */
export const useEvidenceStore = defineStore("evidence", () => {
  function sheet(quarter: QuarterRef): Promise<EvidenceItem[]> {
    return api.evidence.sheet.query(quarter);
  }

  function addLink(input: AddLinkInput): Promise<EvidenceItem> {
    return api.evidence.addLink.mutate(input);
  }

  async function remove(id: string): Promise<void> {
    await api.evidence.remove.mutate({ id });
  }

  /** The file as its own request body: no base64, and past the API's 2 MiB limit up to the evidence limit. */
  async function upload(cell: EvidenceCellRef, file: File): Promise<void> {
    const query = new URLSearchParams({
      bloc: cell.blocId,
      year: String(cell.year),
      quarter: String(cell.quarter),
      unit: cell.unitId,
      criterion: cell.criterionId,
      name: file.name,
    });
    const response = await fetch(`/evidence?${query.toString()}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-thidua-locale": apiLocale() },
      credentials: "same-origin",
      body: file,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string; code?: string } } | null;
      throw new FileProblem(body?.error?.message ?? response.statusText, body?.error?.code ?? "UNKNOWN");
    }
  }

  return { sheet, addLink, remove, upload };
});
