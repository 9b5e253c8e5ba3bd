import { z } from "zod";
import {
  awardMinutes,
  awardProposal,
  officialDocx,
  officialPdf,
  type AwardDossierData,
  type OfficialDocument,
} from "@thidua/documents";
import { AppError } from "../errors";
import type { TDossier } from "../routers/awards/dossier";
import { ZId } from "../schemas";
import { fileRoute } from "./file-route";
import { ZYearParam } from "./query";

const ZDossierQuery = z.object({ bloc: ZId, year: ZYearParam });

/** The recorded deliberation as the documents take it: the confirmed awards only, in the rules' order. */
export function dossierData(dossier: TDossier): AwardDossierData {
  const saved = dossier.saved;
  if (!saved) throw new AppError("PRECONDITION_FAILED", "awards.noDossier", { year: dossier.year });
  const { meeting } = saved;
  const ranks = new Map(dossier.ranking.map((row) => [row.unitId, row]));
  const order = new Map(dossier.rules.map((rule, index) => [rule.code, index]));
  return {
    blocName: dossier.blocName,
    year: dossier.year,
    upperBody: meeting.upperBody,
    place: meeting.place,
    meeting: {
      date: meeting.meetingAt,
      location: meeting.location,
      chair: { name: meeting.chairName, position: meeting.chairPosition },
      secretary: { name: meeting.secretaryName, position: meeting.secretaryPosition },
      attendees: meeting.attendees,
      voters: meeting.voters,
    },
    minutesNumber: meeting.minutesNumber,
    proposal: { number: meeting.proposalNumber, date: meeting.proposalDate, addressee: meeting.addressee },
    head: { unitName: dossier.suggested.headUnitName ?? "", signerName: meeting.signerName },
    recipients: [],
    ranking: dossier.ranking,
    awards: dossier.rules.map(({ code, label }) => ({ code, label })),
    nominees: saved.nominees
      .filter((nominee) => nominee.awardCode !== null)
      .sort((a, b) => (order.get(a.awardCode ?? "") ?? 0) - (order.get(b.awardCode ?? "") ?? 0))
      .map((nominee) => {
        const row = ranks.get(nominee.unitId);
        return {
          unitName: nominee.unitName,
          rank: row?.rank ?? 0,
          total: row?.total ?? 0,
          classification: row?.classification ?? null,
          awardCode: nominee.awardCode as string,
          votesFor: nominee.votesFor,
          votesAgainst: nominee.votesAgainst,
          votesAbstain: nominee.votesAbstain,
        };
      }),
  };
}

const awardFile = (
  which: "minutes" | "proposal",
  format: "docx" | "pdf",
  build: (data: AwardDossierData) => OfficialDocument,
) =>
  fileRoute({
    query: ZDossierQuery,
    format,
    build: async ({ caller, input }) => {
      const dossier = await caller.awards.dossier({ blocId: input.bloc, year: input.year });
      const doc = build(dossierData(dossier));
      const title = which === "minutes" ? "Biên bản bình xét, suy tôn" : "Tờ trình đề nghị khen thưởng";
      return {
        nameParts: [title, `Năm ${input.year}`, dossier.blocName],
        bytes: format === "docx" ? await officialDocx(doc) : await officialPdf(doc),
      };
    },
  });

export const awardMinutesFile = (format: "docx" | "pdf") => awardFile("minutes", format, awardMinutes);
export const awardProposalFile = (format: "docx" | "pdf") => awardFile("proposal", format, awardProposal);
