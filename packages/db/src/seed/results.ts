import type { Prisma } from "../generated/prisma/client";
import type { BlocDefinition, BlocYearDefinition, MemberProfile, Quarter, SetFlavour } from "./blocs";
import type { SeededCriterion } from "./covenants";
import { INDICATORS, type Indicator } from "./indicators";
import { randomFor, type Random } from "./random";
import type { UnitCode } from "./units";

export interface BlocYearFigures {
  targets: Prisma.TargetCreateManyInput[];
  results: Prisma.ResultCreateManyInput[];
}

/** One cell of the results grid: the unit's own figure and the verified one (null: not verified yet). */
interface Cell {
  reported: number;
  verified: number | null;
}

interface GridCell extends Cell {
  unit: UnitCode;
  criterion: SeededCriterion;
  quarter: Quarter;
}

interface GridTarget {
  unit: UnitCode;
  criterion: SeededCriterion;
  value: number;
}

interface UnitYear {
  random: Random;
  member: MemberProfile;
  /** The member's strength this year: it drifts a little from year to year. */
  strength: number;
  flavour: SetFlavour;
  year: number;
  /** The quarters this criterion has figures for. */
  quarters: Quarter[];
  /** The bloc started mid-year, so its targets cover only its own quarters. */
  partYear: boolean;
  maxPoints: number;
}

// 3 models, 2 initiatives and 3 certificates earn 6 + 5 + 3 points, 5 + 5 + 2,5 after each item's cap:
// 12,5, which the set's bonus cap of 10 has to cut.
const STAR_BONUS_COUNTS: Record<string, number> = { "VII.1": 3, "VII.2": 2, "VII.3": 3 };

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// Assessors score in quarter points.
function toQuarterPoint(value: number): number {
  return Math.round(value * 4) / 4;
}

function progress(
  indicator: Extract<Indicator, { model: "PROGRESS" }>,
  unit: UnitYear,
): { target: number; cells: Cell[] } {
  const { random, member } = unit;
  const growth = unit.year >= 2025 ? 1.06 : 1;
  const planned = indicator.target[unit.flavour] * member.size * growth * random.between(0.95, 1.05);
  const target = Math.max(
    indicator.roundTargetTo,
    Math.round(planned / indicator.roundTargetTo) * indicator.roundTargetTo,
  );
  // Strong units end the year around 110 % of plan, laggards around 85 %.
  const achieved = target * (0.78 + 0.36 * unit.strength + random.between(-0.05, 0.05));
  const share = (quarter: Quarter) => indicator.shares[quarter - 1] ?? 0;
  const covered = unit.partYear ? unit.quarters.reduce((sum, quarter) => sum + share(quarter), 0) : 1;
  const cells = unit.quarters.map((quarter) => {
    const verified = round(((achieved * share(quarter)) / covered) * random.between(0.9, 1.1), indicator.decimals);
    const reported = round(verified * (1 + member.optimism * random.between(0.5, 1.5)), indicator.decimals);
    return { reported, verified };
  });
  return { target, cells };
}

function rate(indicator: Extract<Indicator, { model: "RATE" }>, unit: UnitYear): Cell[] {
  const { random, member } = unit;
  const level =
    indicator.weakest +
    (indicator.strongest - indicator.weakest) * unit.strength +
    random.between(-1.5, 1.5) +
    (unit.year >= 2025 ? 0.5 : 0);
  return unit.quarters.map((quarter) => {
    const verified = round(Math.min(99.5, level + indicator.gainPerQuarter * (quarter - 1)), 2);
    const reported = round(Math.min(100, verified + 100 * member.optimism * random.between(0.2, 0.6)), 2);
    return { reported, verified };
  });
}

function count(
  indicator: Extract<Indicator, { model: "COUNT" }>,
  unit: UnitYear,
  yearTotal: number | undefined,
): Cell[] {
  const { random, member } = unit;
  const total =
    yearTotal ??
    Math.max(
      0,
      Math.round(
        indicator.weakest + (indicator.strongest - indicator.weakest) * unit.strength + random.between(-0.7, 0.7),
      ),
    );
  const perQuarter = [0, 0, 0, 0];
  const weightSum = indicator.weights.reduce((sum, weight) => sum + weight, 0);
  for (let event = 0; event < total; event++) {
    let draw = random.between(0, weightSum);
    const quarter = indicator.weights.findIndex((weight) => (draw -= weight) < 0);
    perQuarter[quarter === -1 ? 3 : quarter]! += 1;
  }
  // Events drawn for quarters the bloc-year lacks are dropped: a shortened year achieves less.
  return unit.quarters.map((quarter) => {
    const verified = perQuarter[quarter - 1] ?? 0;
    // Optimistic units count items the assessor does not accept yet.
    return { reported: verified + (random.chance(member.optimism * 3) ? 1 : 0), verified };
  });
}

function flag(indicator: Extract<Indicator, { model: "FLAG" }>, unit: UnitYear): Cell[] {
  // The profile's strength, not this year's drift, decides lateness: the laggards stay the laggards.
  const late = unit.member.strength < indicator.lateBelow;
  return unit.quarters.map((_, index) => {
    const verified = late && index < indicator.lateQuarters ? 0 : 1;
    return { reported: verified === 0 && unit.member.optimism >= 0.04 ? 1 : verified, verified };
  });
}

function assessment(unit: UnitYear): Cell[] {
  const { random, member, maxPoints } = unit;
  return unit.quarters.map(() => {
    const verified = toQuarterPoint(
      clamp(maxPoints * (0.6 + 0.35 * unit.strength + random.between(-0.05, 0.05)), 0, maxPoints),
    );
    const reported = Math.min(maxPoints, verified + toQuarterPoint(maxPoints * member.optimism * random.between(1, 3)));
    return { reported, verified };
  });
}

function penalty(indicator: Extract<Indicator, { model: "PENALTY" }>, unit: UnitYear): Cell[] {
  const chance = indicator.chanceAtWeakest * (1 - unit.strength) ** 3;
  // Units never deduct points from themselves; the events are recorded when the coordinator verifies.
  return unit.quarters.map(() => ({ reported: 0, verified: unit.random.chance(chance) ? 1 : 0 }));
}

const key = (...parts: (string | number)[]) => parts.join("|");

/** A bloc-year's targets and results, keyed by unit and criterion code (and quarter). */
interface Grid {
  targets: Map<string, GridTarget>;
  cells: Map<string, GridCell>;
}

function cellsOf(
  indicator: Indicator,
  unit: UnitYear,
  starCount: number | undefined,
): { target?: number; cells: Cell[] } {
  switch (indicator.model) {
    case "PROGRESS":
      return progress(indicator, unit);
    case "RATE":
      return { cells: rate(indicator, unit) };
    case "COUNT":
      return { cells: count(indicator, unit, starCount) };
    case "FLAG":
      return { cells: flag(indicator, unit) };
    case "ASSESSMENT":
      return { cells: assessment(unit) };
    case "PENALTY":
      return { cells: penalty(indicator, unit) };
  }
}

function fillMember(
  grid: Grid,
  bloc: BlocDefinition,
  year: BlocYearDefinition,
  member: MemberProfile,
  criteria: SeededCriterion[],
) {
  const random = randomFor(`${bloc.code}/${year.year}/${member.unit}`);
  const strength = clamp(member.strength + random.between(-0.04, 0.04), 0, 1);
  const star = bloc.bonusStar?.unit === member.unit && bloc.bonusStar.year === year.year;
  for (const criterion of criteria) {
    const indicator = INDICATORS[criterion.code];
    if (!indicator) throw new Error(`The demo has no figures for criterion ${criterion.code}`);
    const quarters =
      criterion.reporting === "YEAR_END" ? year.quarters.filter((quarter) => quarter === 4) : year.quarters;
    const unit: UnitYear = {
      random,
      member,
      strength,
      flavour: bloc.flavour,
      year: year.year,
      quarters,
      partYear: year.quarters[0] !== 1,
      maxPoints: criterion.maxPoints,
    };
    const figures = cellsOf(indicator, unit, star ? STAR_BONUS_COUNTS[criterion.code] : undefined);
    if (figures.target !== undefined) {
      grid.targets.set(key(member.unit, criterion.code), { unit: member.unit, criterion, value: figures.target });
    }
    figures.cells.forEach((cell, index) => {
      const quarter = quarters[index] as Quarter;
      grid.cells.set(key(member.unit, criterion.code, quarter), { ...cell, unit: member.unit, criterion, quarter });
    });
  }
}

function applyKnockOut(
  grid: Grid,
  knockOut: NonNullable<BlocDefinition["knockOut"]>,
  year: BlocYearDefinition,
  criteria: SeededCriterion[],
) {
  for (const criterion of criteria.filter((candidate) => candidate.knockOut && candidate.kind === "YES_NO")) {
    for (const quarter of year.quarters.filter((candidate) => candidate >= knockOut.fromQuarter)) {
      grid.cells.set(key(knockOut.unit, criterion.code, quarter), {
        unit: knockOut.unit,
        criterion,
        quarter,
        reported: 0,
        verified: 0,
      });
    }
  }
}

function copyTwin(
  grid: Grid,
  twins: NonNullable<BlocDefinition["twins"]>,
  year: BlocYearDefinition,
  criteria: SeededCriterion[],
) {
  const [model, twin] = twins.units;
  for (const criterion of criteria) {
    const target = grid.targets.get(key(model, criterion.code));
    if (target) grid.targets.set(key(twin, criterion.code), { ...target, unit: twin });
    for (const quarter of year.quarters.filter((candidate) => candidate <= twins.throughQuarter)) {
      const cell = grid.cells.get(key(model, criterion.code, quarter));
      if (cell) grid.cells.set(key(twin, criterion.code, quarter), { ...cell, unit: twin });
    }
  }
}

// The coordinator works down the member list and each unit's criteria: about half the cells are done,
// the first units completely, the last not started.
function leaveHalfUnverified(grid: Grid, bloc: BlocDefinition, quarter: Quarter, criteria: SeededCriterion[]) {
  bloc.members.forEach((member, position) => {
    const verifiedCount = Math.round(clamp(1.4 - 0.3 * position, 0, 1) * criteria.length);
    for (const criterion of criteria.slice(verifiedCount)) {
      const cell = grid.cells.get(key(member.unit, criterion.code, quarter));
      if (cell) cell.verified = null;
    }
  });
}

/**
 * Targets and quarterly results of every member of one bloc-year, with the demo's situations
 * built in: laggards, optimistic self-assessment, twins that tie, a knock-out violation, a bonus
 * above the cap, and the verification still under way in an open quarter.
 */
export function generateFigures(
  bloc: BlocDefinition,
  year: BlocYearDefinition,
  criteria: SeededCriterion[],
  units: Record<UnitCode, string>,
): BlocYearFigures {
  const grid: Grid = { targets: new Map(), cells: new Map() };
  for (const member of bloc.members) fillMember(grid, bloc, year, member, criteria);
  if (bloc.knockOut?.year === year.year) applyKnockOut(grid, bloc.knockOut, year, criteria);
  if (bloc.twins?.year === year.year) copyTwin(grid, bloc.twins, year, criteria);
  const lastQuarter = year.quarters.at(-1);
  if (year.lastQuarterStatus === "OPEN" && lastQuarter) leaveHalfUnverified(grid, bloc, lastQuarter, criteria);

  return {
    targets: [...grid.targets.values()].map((target) => ({
      criterionId: target.criterion.id,
      unitId: units[target.unit],
      value: target.value,
    })),
    results: [...grid.cells.values()].map((cell) => ({
      criterionId: cell.criterion.id,
      unitId: units[cell.unit],
      quarter: cell.quarter,
      reportedValue: cell.reported,
      verifiedValue: cell.verified,
    })),
  };
}
