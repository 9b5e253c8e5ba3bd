import {
  criteriaSetDef,
  criterionDefOf,
  type CriteriaSetDef,
  type CriterionDef,
  type CriterionKind,
  type CriterionRule,
  type WrittenCriterion,
} from "@thidua/core";
import type { CriteriaSetTree, SaveCriteriaInput } from "../../stores/setup";

export type Reporting = "QUARTERLY" | "YEAR_END";
export type Accumulation = "SUM" | "LAST" | "MAX" | "AVERAGE";
export type BandBasis = "VALUE" | "PERCENT_OF_TARGET";

export const KINDS: CriterionKind[] = ["TARGET_PERCENT", "BANDS", "YES_NO", "QUALITATIVE", "DEDUCTION", "BONUS"];
export const REPORTINGS: Reporting[] = ["QUARTERLY", "YEAR_END"];
export const ACCUMULATIONS: Accumulation[] = ["SUM", "LAST", "MAX", "AVERAGE"];
/** Only a "no" or a deduction event is a violation that can knock a unit out (the engine's rule). */
export const canKnockOut = (kind: CriterionKind) => kind === "YES_NO" || kind === "DEDUCTION";

export interface DraftBand {
  key: string;
  from: number | null;
  points: number | null;
}

/**
 * A criterion being edited. Every kind's parameters are kept side by side, so switching the kind
 * back and forth loses nothing; only the chosen kind's are saved.
 */
export interface DraftCriterion {
  key: string;
  code: string;
  name: string;
  description: string | null;
  unitOfMeasure: string | null;
  maxPoints: number | null;
  kind: CriterionKind;
  fullAtPercent: number | null;
  basis: BandBasis;
  bands: DraftBand[];
  pointsPerEvent: number | null;
  pointsPerUnit: number | null;
  knockOut: boolean;
  evidenceRequired: boolean;
  reporting: Reporting;
  accumulation: Accumulation;
}

export interface DraftGroup {
  key: string;
  code: string;
  name: string;
  criteria: DraftCriterion[];
}

/** A class of the year's result (xuất sắc, tốt, ...) being edited. */
export interface DraftClass {
  key: string;
  code: string;
  label: string;
  minTotal: number | null;
  /** False for a class such as "không hoàn thành": its units are listed as lagging. */
  passing: boolean;
}

/**
 * A tie-break rule being edited. It points at its group or criterion by the row's key, not its
 * code, so renaming the group carries the rule along; `code` is the code it had when read, named
 * in the problem shown if the row is removed.
 */
export type DraftTieBreak =
  | { key: string; by: "GROUP"; rowKey: string; code: string }
  | { key: string; by: "CRITERION"; rowKey: string; code: string }
  | { key: string; by: "FEWER_DEDUCTIONS" };

export interface DraftSet {
  /** Null until the year's set is first saved. */
  version: number | null;
  name: string;
  /** The declared maximum of the content criteria (90 in a 90 + 10 scheme). */
  contentMaxPoints: number | null;
  bonusCap: number | null;
  classification: DraftClass[];
  tieBreak: DraftTieBreak[];
  groups: DraftGroup[];
}

let lastKey = 0;
/** Rows need a stable identity while their code is being typed. */
export const newKey = (prefix: string) => `${prefix}${++lastKey}`;

type TreeCriterion = CriteriaSetTree["groups"][number]["criteria"][number];

function draftCriterion(criterion: TreeCriterion): DraftCriterion {
  const draft = blankCriterion(criterion.code);
  Object.assign(draft, {
    name: criterion.name,
    description: criterion.description,
    unitOfMeasure: criterion.unitOfMeasure,
    maxPoints: criterion.maxPoints,
    kind: criterion.kind,
    knockOut: criterion.knockOut,
    evidenceRequired: criterion.evidenceRequired,
    reporting: criterion.reporting,
    accumulation: criterion.accumulation,
  });
  switch (criterion.kind) {
    case "TARGET_PERCENT":
      draft.fullAtPercent = criterion.rule.fullAtPercent;
      break;
    case "BANDS":
      draft.basis = criterion.rule.basis;
      draft.bands = criterion.rule.bands.map((band) => ({ key: newKey("b"), ...band }));
      break;
    case "DEDUCTION":
      draft.pointsPerEvent = criterion.rule.pointsPerEvent;
      break;
    case "BONUS":
      draft.pointsPerUnit = criterion.rule.pointsPerUnit;
      break;
    case "YES_NO":
    case "QUALITATIVE":
      break;
  }
  return draft;
}

/** The stored set as an editable draft. */
export function draftOf(tree: CriteriaSetTree): DraftSet {
  const groups = tree.groups.map((group) => ({
    key: newKey("g"),
    code: group.code,
    name: group.name,
    criteria: group.criteria.map(draftCriterion),
  }));
  const groupKeys = new Map(groups.map((group) => [group.code, group.key]));
  const criterionKeys = new Map(groups.flatMap((group) => group.criteria.map((each) => [each.code, each.key])));
  return {
    version: tree.version,
    name: tree.name,
    contentMaxPoints: tree.contentMaxPoints,
    bonusCap: tree.bonusCap,
    classification: tree.classification.map((band) => ({
      key: newKey("k"),
      code: band.code,
      label: band.label,
      minTotal: band.minTotal,
      passing: band.passing !== false,
    })),
    tieBreak: tree.tieBreak.map((rule): DraftTieBreak => {
      const key = newKey("t");
      if (rule.by === "GROUP") {
        return { key, by: "GROUP", rowKey: groupKeys.get(rule.groupCode) ?? "", code: rule.groupCode };
      }
      if (rule.by === "CRITERION") {
        return { key, by: "CRITERION", rowKey: criterionKeys.get(rule.criterionCode) ?? "", code: rule.criterionCode };
      }
      return { key, by: "FEWER_DEDUCTIONS" };
    }),
    groups,
  };
}

/** The code a tie-break rule names now: its row's current code, else the code it was read with. */
function tieBreakCode(set: DraftSet, rule: Exclude<DraftTieBreak, { by: "FEWER_DEDUCTIONS" }>): string {
  const rows =
    rule.by === "GROUP" ? set.groups : set.groups.flatMap((group) => group.criteria as { key: string; code: string }[]);
  return rows.find((row) => row.key === rule.rowKey)?.code.trim() ?? rule.code;
}

/** The tie-break rules as criteria.save takes them, naming groups and criteria by their current codes. */
export function savedTieBreak(set: DraftSet): SaveCriteriaInput["tieBreak"] {
  return set.tieBreak.map((rule) =>
    rule.by === "GROUP"
      ? { by: "GROUP", groupCode: tieBreakCode(set, rule) }
      : rule.by === "CRITERION"
        ? { by: "CRITERION", criterionCode: tieBreakCode(set, rule) }
        : { by: "FEWER_DEDUCTIONS" },
  );
}

/** The classes as criteria.save takes them; an unfilled minimum is 0, which the form reports first. */
export function savedClassification(set: DraftSet): SaveCriteriaInput["classification"] {
  return set.classification.map((band) => ({
    code: band.code.trim(),
    label: band.label.trim(),
    minTotal: band.minTotal ?? 0,
    ...(band.passing ? {} : { passing: false }),
  }));
}

export function blankClass(): DraftClass {
  return { key: newKey("k"), code: "", label: "", minTotal: null, passing: true };
}

/** A new criterion with sensible defaults: scored against a target, full points at 100% of plan. */
export function blankCriterion(code: string): DraftCriterion {
  return {
    key: newKey("c"),
    code,
    name: "",
    description: null,
    unitOfMeasure: null,
    maxPoints: null,
    kind: "TARGET_PERCENT",
    fullAtPercent: 100,
    basis: "PERCENT_OF_TARGET",
    bands: [],
    pointsPerEvent: 1,
    pointsPerUnit: 1,
    knockOut: false,
    evidenceRequired: false,
    reporting: "QUARTERLY",
    accumulation: "SUM",
  };
}

export function blankGroup(code: string): DraftGroup {
  return { key: newKey("g"), code, name: "", criteria: [] };
}

/** A year's first set when there is none to copy: 90 content points plus up to 10 bonus points. */
export function blankSet(name: string): DraftSet {
  return {
    version: null,
    name,
    contentMaxPoints: 90,
    bonusCap: 10,
    classification: [],
    tieBreak: [],
    groups: [blankGroup("I")],
  };
}

/** Roman group codes run I, II, III...; criteria of group II are II.1, II.2... */
export function nextGroupCode(set: DraftSet): string {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
  const taken = new Set(set.groups.map((group) => group.code));
  return roman.find((code) => !taken.has(code)) ?? String(set.groups.length + 1);
}

export function nextCriterionCode(set: DraftSet, group: DraftGroup): string {
  const taken = new Set(set.groups.flatMap((each) => each.criteria.map((criterion) => criterion.code)));
  for (let n = group.criteria.length + 1; ; n++) {
    const code = `${group.code}.${n}`;
    if (!taken.has(code)) return code;
  }
}

/** Moves an item one place up (-1) or down (+1); false when it is already at that end. */
/** The rows with the one at index replaced: the editors emit new lists and never edit the draft in place. */
export const replaceAt = <T>(list: readonly T[], index: number, replace: (item: T) => T): T[] =>
  list.map((item, at) => (at === index ? replace(item) : item));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index);

export function move<T>(list: T[], index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return false;
  const [item] = list.splice(index, 1);
  list.splice(target, 0, item as T);
  return true;
}

/** The chosen kind's rule from the draft's fields, an unfilled number as 0 (the form reports it first). */
function engineRule(criterion: DraftCriterion): CriterionRule {
  const value = (number: number | null) => number ?? 0;
  switch (criterion.kind) {
    case "TARGET_PERCENT":
      return { kind: "TARGET_PERCENT", fullAtPercent: value(criterion.fullAtPercent) };
    case "BANDS":
      return {
        kind: "BANDS",
        basis: criterion.basis,
        bands: criterion.bands.map((band) => ({ from: value(band.from), points: value(band.points) })),
      };
    case "DEDUCTION":
      return { kind: "DEDUCTION", pointsPerEvent: value(criterion.pointsPerEvent) };
    case "BONUS":
      return { kind: "BONUS", pointsPerUnit: value(criterion.pointsPerUnit) };
    case "YES_NO":
      return { kind: "YES_NO" };
    case "QUALITATIVE":
      return { kind: "QUALITATIVE" };
  }
}

/** A draft criterion as core's conversion reads it: codes stand in for ids, as on the server. */
const writtenCriterion = (group: DraftGroup, criterion: DraftCriterion): WrittenCriterion => ({
  groupId: group.code,
  code: criterion.code,
  name: criterion.name,
  unitOfMeasure: criterion.unitOfMeasure,
  maxPoints: criterion.maxPoints ?? 0,
  kind: criterion.kind,
  rule: engineRule(criterion),
  reporting: criterion.reporting,
  accumulation: criterion.accumulation,
  knockOut: criterion.knockOut,
});

/** A criterion as the engine reads it, with codes standing in for ids as the server does. */
export const engineCriterionOf = (group: DraftGroup, criterion: DraftCriterion): CriterionDef =>
  criterionDefOf(writtenCriterion(group, criterion));

/** The draft as the engine's set definition, by the server's own conversion (bands ascending, codes for ids). */
export function engineSetOf(set: DraftSet): CriteriaSetDef {
  return criteriaSetDef({
    contentMaxPoints: set.contentMaxPoints ?? 0,
    bonusCap: set.bonusCap ?? 0,
    classification: savedClassification(set),
    tieBreak: savedTieBreak(set),
    groups: set.groups.map((group) => ({ code: group.code, name: group.name })),
    criteria: set.groups.flatMap((group) => group.criteria.map((each) => writtenCriterion(group, each))),
  });
}

type SavedCriterion = SaveCriteriaInput["groups"][number]["criteria"][number];

function savedRule(criterion: DraftCriterion): Pick<SavedCriterion, "kind" | "rule" | "knockOut"> {
  const rule = engineRule(criterion);
  const knockOut = canKnockOut(criterion.kind) && criterion.knockOut;
  switch (rule.kind) {
    case "TARGET_PERCENT":
      return { kind: rule.kind, rule: { fullAtPercent: rule.fullAtPercent }, knockOut: false };
    case "BANDS":
      // Kept in the order typed: covenants list bands from the top, and the engine reads any order.
      return {
        kind: rule.kind,
        rule: {
          basis: rule.basis,
          bands: criterion.bands.map((band) => ({ from: band.from ?? 0, points: band.points ?? 0 })),
        },
        knockOut: false,
      };
    case "DEDUCTION":
      return { kind: rule.kind, rule: { pointsPerEvent: rule.pointsPerEvent }, knockOut };
    case "BONUS":
      return { kind: rule.kind, rule: { pointsPerUnit: rule.pointsPerUnit }, knockOut: false };
    case "YES_NO":
      return { kind: rule.kind, rule: {}, knockOut };
    case "QUALITATIVE":
      return { kind: rule.kind, rule: {}, knockOut: false };
  }
}

const textOrNull = (text: string | null) => (text?.trim() ? text.trim() : null);

/** What criteria.save takes for the draft: the whole tree, in display order. */
export function saveInputOf(set: DraftSet, blocId: string, year: number): SaveCriteriaInput {
  return {
    blocId,
    year,
    version: set.version,
    name: set.name.trim(),
    contentMaxPoints: set.contentMaxPoints ?? 0,
    bonusCap: set.bonusCap ?? 0,
    classification: savedClassification(set),
    tieBreak: savedTieBreak(set),
    groups: set.groups.map((group) => ({
      code: group.code.trim(),
      name: group.name.trim(),
      criteria: group.criteria.map(
        (criterion) =>
          ({
            code: criterion.code.trim(),
            name: criterion.name.trim(),
            description: textOrNull(criterion.description),
            unitOfMeasure: textOrNull(criterion.unitOfMeasure),
            maxPoints: criterion.maxPoints ?? 0,
            reporting: criterion.reporting,
            accumulation: criterion.accumulation,
            evidenceRequired: criterion.evidenceRequired,
            ...savedRule(criterion),
          }) as SavedCriterion,
      ),
    })),
  };
}
