import { BLOCS, laggardsOf, type BlocCode, type Quarter } from "./blocs";
import type { MemberUnitCode } from "./units";

/** The situations the demo data was built to show, so tests and the demo tour can find them. */
export interface DemoScenario {
  /** The two members of each bloc that stay at the bottom. */
  laggards: Record<BlocCode, MemberUnitCode[]>;
  /** Pairs with identical targets and verified figures through `throughQuarter`: equal totals in each of those quarters. */
  ties: { bloc: BlocCode; year: number; throughQuarter: Quarter; units: [MemberUnitCode, MemberUnitCode] }[];
  /** Units that answered "no" to the knock-out criterion from `fromQuarter` to the year end. */
  knockOuts: { bloc: BlocCode; year: number; unit: MemberUnitCode; fromQuarter: Quarter }[];
  /** Units whose year-end bonus items add up to more than the set's bonus cap. */
  bonusAboveCap: { bloc: BlocCode; year: number; unit: MemberUnitCode }[];
  /** Quarters not published yet; an OPEN one has about half its cells verified. */
  unpublishedPeriods: { bloc: BlocCode; year: number; quarter: Quarter; status: "OPEN" | "LOCKED" }[];
}

export function demoScenario(): DemoScenario {
  return {
    laggards: Object.fromEntries(BLOCS.map((bloc) => [bloc.code, laggardsOf(bloc)])) as Record<
      BlocCode,
      MemberUnitCode[]
    >,
    ties: BLOCS.flatMap((bloc) => (bloc.twins ? [{ bloc: bloc.code, ...bloc.twins }] : [])),
    knockOuts: BLOCS.flatMap((bloc) => (bloc.knockOut ? [{ bloc: bloc.code, ...bloc.knockOut }] : [])),
    bonusAboveCap: BLOCS.flatMap((bloc) => (bloc.bonusStar ? [{ bloc: bloc.code, ...bloc.bonusStar }] : [])),
    unpublishedPeriods: BLOCS.flatMap((bloc) =>
      bloc.years.flatMap((year) => {
        const quarter = year.quarters.at(-1);
        return year.lastQuarterStatus && quarter
          ? [{ bloc: bloc.code, year: year.year, quarter, status: year.lastQuarterStatus }]
          : [];
      }),
    ),
  };
}
