import { describe, expect, it } from "vitest";
import { rankBloc } from "./bloc";
import { provinceOverview } from "./overview";
import { blocOf, onPlanYear, resultsFor } from "./test-fixtures";
import type { Period, ResultInput, UnitRef } from "./types";

const q2: Period = { quarter: 2, basis: "YTD" };
const districts: UnitRef[] = [
  { id: "bat-xat", name: "Bát Xát" },
  { id: "bao-thang", name: "Bảo Thắng" },
  { id: "bao-yen", name: "Bảo Yên" },
  { id: "bac-ha", name: "Bắc Hà" },
  { id: "muong-khuong", name: "Mường Khương" },
];
const organisations: UnitRef[] = [
  { id: "hoi-nong-dan", name: "Hội Nông dân" },
  { id: "tinh-doan", name: "Tỉnh đoàn" },
];

const districtResults: ResultInput[] = [
  ...onPlanYear("bat-xat", { 2: { "II.1": 0 } }, 2), // 58 in quarter II
  ...onPlanYear("bao-thang", { 1: { "II.1": 0 }, 2: { "II.1": 2 } }, 2), // 60,5
  ...onPlanYear("bao-yen", { 1: { "III.1": 0, "II.1": 0 }, 2: { "II.1": 3 } }, 2), // 60,5, ahead on group II
  // Report only a few figures: far below the passing classes.
  ...resultsFor("bac-ha", 1, { "I.3": 1 }),
  ...resultsFor("bac-ha", 2, { "I.3": 1, "III.3": 4 }),
  ...resultsFor("muong-khuong", 1, { "I.3": 1, "V.1": 5 }),
  ...resultsFor("muong-khuong", 2, { "I.3": 1, "V.1": 5, "III.3": 5 }),
];

describe("provinceOverview", () => {
  const overview = provinceOverview([
    {
      blocId: "districts",
      blocName: "Khối huyện, thị xã, thành phố",
      ranking: rankBloc(blocOf(districts, districtResults), q2),
    },
    {
      blocId: "organisations",
      blocName: "Khối đoàn thể",
      ranking: rankBloc(
        blocOf(organisations, [...onPlanYear("hoi-nong-dan", {}, 2), ...onPlanYear("tinh-doan", {}, 2)]),
        q2,
      ),
    },
  ]);
  const [districtBloc, organisationBloc] = overview;

  it("names each bloc's leaders", () => {
    expect(districtBloc).toMatchObject({ unitCount: 5, averageTotal: 40.6 });
    expect(districtBloc?.leaders.map((unit) => unit.unitName)).toEqual(["Bảo Yên"]);
    expect(organisationBloc?.leaders.map((unit) => unit.unitName)).toEqual(["Hội Nông dân", "Tỉnh đoàn"]);
  });

  it("lists the bottom unit and units below the passing classes as laggards", () => {
    expect(districtBloc?.laggards.map((unit) => [unit.unitName, unit.reasons])).toEqual([
      ["Mường Khương", ["BELOW_PASSING"]],
      ["Bắc Hà", ["BOTTOM", "BELOW_PASSING"]],
    ]);
    expect(organisationBloc?.laggards).toEqual([]);
  });

  it("lists the biggest movers first", () => {
    // Bảo Yên climbs from third to first, Bát Xát falls from first to third; the others keep their rank.
    expect(districtBloc?.movers.map((unit) => [unit.unitName, unit.movement])).toEqual([
      ["Bảo Yên", 2],
      ["Bát Xát", -2],
    ]);
    expect(organisationBloc?.movers).toEqual([]);
  });

  it("keeps units moving as much as the last one listed", () => {
    const [bloc] = provinceOverview(
      [{ blocId: "districts", blocName: "Khối huyện", ranking: rankBloc(blocOf(districts, districtResults), q2) }],
      { moversPerBloc: 1 },
    );
    expect(bloc?.movers.map((unit) => unit.unitName)).toEqual(["Bảo Yên", "Bát Xát"]);
  });
});
