import { awardMinutesFile, awardProposalFile } from "./award-documents";
import { blocBriefingFile, provinceBriefingFile } from "./briefing";
import { quarterSheetFile, targetsSheetFile } from "./entry-sheets";
import { heatMapFile, rankingFile, trendFile } from "./exports";
import type { FileRoute } from "./file-route";
import { selfAssessmentDocx, selfAssessmentPdf } from "./self-assessment";

/** Every file the API serves under /files/<name>, and what it shows. */
export const FILES = {
  "ranking.xlsx": rankingFile("xlsx"),
  "ranking.csv": rankingFile("csv"),
  "heat-map.xlsx": heatMapFile("xlsx"),
  "heat-map.csv": heatMapFile("csv"),
  "trend.xlsx": trendFile("xlsx"),
  "trend.csv": trendFile("csv"),
  "briefing.pdf": blocBriefingFile,
  "province-briefing.pdf": provinceBriefingFile,
  "quarter-sheet.xlsx": quarterSheetFile,
  "targets-sheet.xlsx": targetsSheetFile,
  "award-minutes.docx": awardMinutesFile("docx"),
  "award-minutes.pdf": awardMinutesFile("pdf"),
  "award-proposal.docx": awardProposalFile("docx"),
  "award-proposal.pdf": awardProposalFile("pdf"),
  "self-assessment.docx": selfAssessmentDocx,
  "self-assessment.pdf": selfAssessmentPdf,
} satisfies Record<string, FileRoute>;

export type FileName = keyof typeof FILES;
