/**
 * thidua's scoring engine: criterion points, quarterly accumulation, unit totals and classes, bloc
 * rankings with movement, comparisons, province overviews and an explanation for every number.
 * Pure TypeScript without I/O, shared by the server and the browser.
 */
export * from "./types";
export { scoreCriterion } from "./criterion-points";
export type { CriterionPoints, CriterionStatus, PeriodTarget } from "./criterion-points";
export { criterionRole, usesTarget } from "./criterion-role";
export type { CriterionRole } from "./criterion-role";
export { accumulateValue } from "./accumulate";
export type { QuarterValues } from "./accumulate";
export { scoreUnit } from "./unit-score";
export type {
  CriterionScore,
  CriterionSideScore,
  GroupScore,
  GroupSideScore,
  UnitInput,
  UnitScore,
  UnitSideTotals,
} from "./unit-score";
export type { Classification } from "./classification";
export { rankBloc, scoreBloc, scoreBlocToDate } from "./bloc";
export type { ClassesToDate, UnitScoreToDate } from "./bloc";
export type { BlocInput } from "./bloc";
export { rankUnitScores } from "./ranking";
export type { BlocRanking, RankedGroup, RankedUnit, RankOptions } from "./ranking";
export { blocTrend, unitTrend } from "./trend";
export type { TrendPoint, UnitTrend } from "./trend";
export { compareUnit } from "./comparison";
export type { CriterionComparison, GroupComparison, PointsComparison, PointsLost, UnitComparison } from "./comparison";
export type { MoveUpPlan, MoveUpSource } from "./move-up";
export { blocHighlights, provinceOverview } from "./overview";
export type {
  BlocOverview,
  BlocOverviewInput,
  BlocHighlights,
  HighlightEntry,
  Laggard,
  LaggardReason,
  OverviewOptions,
  OverviewUnit,
} from "./overview";
export { renderExplanation } from "./render-explanation";
export type { BandRef, CodedPoints, Explanation, ExplanationKey, ExplanationOf, TieBreakDecision } from "./explanation";
export {
  formatCodedSum,
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuarter,
  formatValue,
  intlLocale,
  numberFormats,
  romanQuarter,
} from "./format";
export type { Locale, NumberFormats } from "./format";
export { parseNumber } from "./parse-number";
export { round2 } from "./rounding";
export { validateCriteriaSet } from "./validate-set";
export type { SetProblem, SetProblemCode } from "./validate-set";
export { codeKey, normaliseText, textProblem } from "./text";
export type { TextKind, TextProblem } from "./text";
export { readFigure } from "./read-figure";
export type { FigureReading } from "./read-figure";
export { defaultAwardRules, proposeAwards } from "./awards";
export type { AwardCandidate, AwardOutcome, AwardRefusal, AwardRule } from "./awards";
export { bandRanges, earnedShare, groupHeatCell, heatBand, heatCell, HEAT_BANDS } from "./heat-map";
export type { CriterionRoleName, HeatBand } from "./heat-map";
export { SERIES_COLOURS } from "./palette";
export { MAX_BATCH_CALLS } from "./limits";
export { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-rules";
export type { PasswordProblem } from "./password-rules";
export { matchesSearch, searchFold } from "./search";
export { deadlineEnd, isLate, vietnamDate } from "./deadline";
export { openGaps, sheetGaps } from "./sheet-gaps";
export type { CriterionGap, GapCell, GapCriterion } from "./sheet-gaps";
export { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, isEvidenceType, opensInBrowser } from "./evidence-limits";
export type { EvidenceType } from "./evidence-limits";
export { publishedFigures } from "./published-figures";
export { measureOf } from "./measure";
export type { Measure } from "./measure";
export { figureProblem } from "./figure-checks";
export type { FigureCriterion, FigureProblem } from "./figure-checks";
export { FIGURE_WARNING_CODES, figureWarnings } from "./plausibility";
export type { FigureContext, FigureWarning, FigureWarningCode } from "./plausibility";
export { sheetWarnings } from "./sheet-warnings";
export type { SheetWarning, SheetWarningsInput, WarnedField } from "./sheet-warnings";
export { classifyToDate, planShare } from "./plan-to-date";
export type { ProvisionalClassification, TargetPhasing } from "./plan-to-date";
export { defaultPeriod, hasFigures, latestQuarterWithData } from "./period-default";
export type { QuarterStatus, QuarterStatusName, YearPeriods } from "./period-default";
export { criteriaSetDef, criterionDefOf, criterionRuleOf } from "./criteria-set-def";
export type { CodedTieBreak, WrittenCriteriaSet, WrittenCriterion } from "./criteria-set-def";
