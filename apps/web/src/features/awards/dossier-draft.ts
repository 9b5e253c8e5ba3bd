import type { Dossier, DossierInput } from "../../stores/awards";

export interface NomineeDraft {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  classification: string | null;
  knockedOut: boolean;
  /** What the rules propose, and why not where they do not. */
  proposedCode: string | null;
  notes: string[];
  awardCode: string | null;
  reason: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

export type MeetingDraft = DossierInput["meeting"];

/** One row per ranked unit: the record as saved, else what the rules propose, with no votes yet. */
export function nomineeDrafts(dossier: Dossier): NomineeDraft[] {
  return dossier.ranking.map((row) => {
    const proposal = dossier.proposal.find((entry) => entry.unitId === row.unitId);
    const saved = dossier.saved?.nominees.find((entry) => entry.unitId === row.unitId);
    const proposedCode = proposal?.awardCode ?? null;
    return {
      ...row,
      proposedCode,
      notes: proposal?.notes ?? [],
      awardCode: saved ? saved.awardCode : proposedCode,
      reason: saved?.reason ?? "",
      votesFor: saved?.votesFor ?? 0,
      votesAgainst: saved?.votesAgainst ?? 0,
      votesAbstain: saved?.votesAbstain ?? 0,
    };
  });
}

/** The meeting as saved, else a first record with the bloc's usual addressee, place and signer's unit. */
export function meetingDraft(dossier: Dossier): MeetingDraft {
  if (dossier.saved) return { ...dossier.saved.meeting };
  const december = new Date(Date.UTC(dossier.year, 11, 15, 1, 0));
  return {
    meetingAt: december,
    location: "",
    chairName: "",
    chairPosition: "",
    secretaryName: "",
    secretaryPosition: "",
    attendees: "",
    voters: Math.max(1, dossier.ranking.length),
    minutesNumber: "",
    proposalNumber: "",
    proposalDate: december,
    addressee: dossier.suggested.addressee,
    upperBody: dossier.suggested.upperBody,
    place: dossier.suggested.place,
    signerName: "",
  };
}

/** The rows to send: every unit proposed by the rules or by the coordinator; the rest stay out. */
export const nomineesToSave = (drafts: NomineeDraft[]): DossierInput["nominees"] =>
  drafts
    .filter((draft) => draft.awardCode !== null || draft.proposedCode !== null)
    .map(({ unitId, awardCode, reason, votesFor, votesAgainst, votesAbstain }) => ({
      unitId,
      awardCode,
      reason,
      votesFor,
      votesAgainst,
      votesAbstain,
    }));

export const departs = (draft: NomineeDraft) => draft.awardCode !== draft.proposedCode;
