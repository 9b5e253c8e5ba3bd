import { describe, expect, it } from "vitest";
import { groupRadar, shareOf, trendChart } from "./chart-data";

const words = {
  total: "Tổng điểm",
  rank: "Thứ hạng",
  rankOf: (rank: number, count: number) => `${rank}/${count}`,
  rankTick: (rank: number) => `hạng ${rank}`,
};
const groups = [
  { code: "I", name: "Tuyên truyền", maxPoints: 12, points: 6, blocAverage: 9, leaderPoints: 12 },
  { code: "II", name: "An sinh", maxPoints: 26, points: 26, blocAverage: 13, leaderPoints: 20.8 },
  { code: "VII", name: "Điểm thưởng", maxPoints: 0, points: 0, blocAverage: 0, leaderPoints: 0 },
];

describe("trendChart", () => {
  it("puts total and rank on charts of their own, ranks reversed from 1 to the bloc's size and named as ranks", () => {
    const { total, rank } = trendChart(
      [
        { year: 2024, quarter: 4, total: 91.76, rank: 3, unitCount: 9 },
        { year: 2025, quarter: 1, total: 42.66, rank: 8, unitCount: 9 },
      ],
      [],
      words,
      "vi",
    );
    expect(total.data.labels).toEqual(["Quý IV/2024", "Quý I/2025"]);
    expect(rank.data.labels).toEqual(total.data.labels);
    expect(total.data.datasets.map((dataset) => dataset.data)).toEqual([[91.76, 42.66]]);
    expect(rank.data.datasets.map((dataset) => dataset.data)).toEqual([[3, 8]]);
    // One axis each: no rank can sit on a points gridline.
    expect(Object.keys(total.options.scales ?? {})).toEqual(["y"]);
    expect(Object.keys(rank.options.scales ?? {})).toEqual(["y"]);
    expect(rank.options.scales?.y).toMatchObject({ reverse: true, min: 1, max: 9 });
    const tick = rank.options.scales?.y?.ticks?.callback as (value: number) => string;
    expect(tick(8)).toBe("hạng 8");
    const pointsTick = total.options.scales?.y?.ticks?.callback as (value: number) => string;
    expect(pointsTick(10)).toBe("10");
  });
});

describe("trendChart with quarters without figures", () => {
  it("keeps their place on the axis and breaks the lines there", () => {
    const { total, rank } = trendChart(
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
    expect(total.data.labels).toEqual(["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]);
    expect(total.data.datasets[0]?.data).toEqual([null, null, 54.48, 91]);
    expect(rank.data.datasets[0]?.data).toEqual([null, null, 3, 1]);
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
