import { z } from "zod";
import { ZCode, ZId, ZLine, ZName, ZText, ZYear } from "../../schemas";

export const ZAwardRule = z.object({
  code: ZCode(32),
  label: ZName(200),
  count: z.number().int().min(0).max(50),
  maxRank: z.number().int().min(1).max(100).nullable(),
  classCodes: z.array(ZCode(32)).max(10),
  excludeKnockedOut: z.boolean(),
});
export type TAwardRule = z.output<typeof ZAwardRule>;

export const ZBlocYearInput = z.object({ blocId: ZId, year: ZYear });

export const ZSaveRulesInput = ZBlocYearInput.extend({
  /** The criteria set's version that was read: the rules are part of the year's set. */
  version: z.number().int().min(1),
  rules: z.array(ZAwardRule).max(10),
});

const ZVotes = z.number().int().min(0).max(10_000);

export const ZMeeting = z.object({
  meetingAt: z.date(),
  location: ZName(300),
  chairName: ZName(120),
  chairPosition: ZName(300),
  secretaryName: ZName(120),
  secretaryPosition: ZName(300),
  attendees: ZText(2000).pipe(z.string().min(1)),
  voters: z.number().int().min(1).max(10_000),
  minutesNumber: ZName(40),
  proposalNumber: ZName(40),
  proposalDate: z.date(),
  addressee: ZName(300),
  upperBody: ZLine(200),
  place: ZName(100),
  signerName: ZName(120),
});
export type TMeeting = z.output<typeof ZMeeting>;

export const ZNomineeInput = z.object({
  unitId: ZId,
  /** The award confirmed; null: a unit the rules proposed is not proposed after all. */
  awardCode: ZCode(32).nullable(),
  /** Required where the confirmed award departs from the rules' proposal. */
  reason: ZText(1000).transform((value) => value || null),
  votesFor: ZVotes,
  votesAgainst: ZVotes,
  votesAbstain: ZVotes,
});

export const ZSaveDossierInput = ZBlocYearInput.extend({
  /** The dossier's version that was read; null for the first save. */
  version: z.number().int().min(1).nullable(),
  meeting: ZMeeting,
  nominees: z.array(ZNomineeInput).max(100),
});
export type TSaveDossierInput = z.output<typeof ZSaveDossierInput>;
