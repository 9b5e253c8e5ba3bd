import { describe, expect, it } from "vitest";
import { groupRadar, shareOf, trendChart } from "./chart-data";

const words = { total: "Tổng điểm", rank: "Thứ hạng", rankOf: (rank: number, count: number) => `${rank}/${count}` };
const groups = [
  { code: "I", name: "Tuyên truyền", maxPoints: 12, points: 6, blocAverage: 9, leaderPoints: 12 },
  { code: "II", name: "An sinh", maxPoints: 26, points: 26, blocAverage: 13, leaderPoints: 20.8 },
  { code: "VII", name: "Điểm thưởng", maxPoints: 0, points: 0, blocAverage: 0, leaderPoints: 0 },
];

describe("trendChart", () => {
  it("puts the total on the left and the rank on a reversed right axis from 1 to the bloc's size", () => {
    const { data, options } = trendChart(
      [
        { year: 2024, quarter: 4, total: 91.76, rank: 3, unitCount: 9 },
        { year: 2025, quarter: 1, total: 42.66, rank: 4, unitCount: 9 },
      ],
      [],
      words,
      "vi",
    );
    expect(data.labels).toEqual(["Quý IV/2024", "Quý I/2025"]);
    expect(data.datasets.map((dataset) => [dataset.yAxisID, dataset.data])).toEqual([
      ["total", [91.76, 42.66]],
      ["rank", [3, 4]],
    ]);
    expect(options.scales?.rank).toMatchObject({ reverse: true, min: 1, max: 9, position: "right" });
    expect(options.scales?.total).toMatchObject({ position: "left" });
  });
});

describe("trendChart with quarters without figures", () => {
  it("keeps their place on the axis and breaks the lines there", () => {
    const { data } = trendChart(
      [
        { year: 2025, quarter: 3, total: 54.48, rank: 3, unitCount: 8 },
        { year: 2025, quarter: 4, total: 91, rank: 1, unitCount: 8 },
      ],
      [
        { year: 2025, quarter: 1 },
        { year: 2025, quarter: 2 },
      ],
      words,
      "vi",
    );
    expect(data.labels).toEqual(["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]);
    expect(data.datasets.map((dataset) => dataset.data)).toEqual([
      [null, null, 54.48, 91],
      [null, null, 3, 1],
    ]);
  });
});

describe("groupRadar", () => {
  it("shows each content group as a share of its own maximum", () => {
    expect(shareOf(6.03, 12)).toBe(50.3);
    expect(shareOf(1, 0)).toBe(0);
    const { data } = groupRadar(
      groups,
      { unit: "Bát Xát", average: "Trung bình khối", leader: "Dẫn đầu: Bảo Thắng" },
      "vi",
    );
    // The bonus group has no maximum to compare against.
    expect(data.labels).toEqual(["I", "II"]);
    expect(data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ["Bát Xát", [50, 100]],
      ["Trung bình khối", [75, 50]],
      ["Dẫn đầu: Bảo Thắng", [100, 80]],
    ]);
  });

  it("draws no separate leader line when the unit is the leader", () => {
    const { data } = groupRadar(groups, { unit: "Bảo Thắng", average: "Trung bình khối", leader: null }, "vi");
    expect(data.datasets).toHaveLength(2);
  });
});
