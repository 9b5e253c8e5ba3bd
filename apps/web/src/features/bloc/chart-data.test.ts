import { describe, expect, it } from "vitest";
import { groupStackData, shortLabel, trendData } from "./chart-data";

const groups = [
  { id: "g1", code: "I", name: "Tuyên truyền" },
  { id: "g2", code: "II", name: "Phong trào" },
];
const entry = (unitId: string, rank: number, points: [number, number], bonus = 0) => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  rank,
  total: points[0] + points[1] + bonus,
  bonus,
  groups: [
    { groupId: "g1", points: points[0] },
    { groupId: "g2", points: points[1] },
  ],
});

describe("groupStackData", () => {
  it("stacks one dataset per group over the units in rank order", () => {
    const data = groupStackData(groups, [entry("a", 1, [20, 30]), entry("b", 2, [15, 25])], "Điểm thưởng");
    expect(data.labels).toEqual(["Đơn vị a", "Đơn vị b"]);
    expect(data.datasets.map((dataset) => dataset.label)).toEqual(["I. Tuyên truyền", "II. Phong trào"]);
    expect(data.datasets[1]?.data).toEqual([30, 25]);
  });

  it("adds the bonus only when someone earned one", () => {
    const data = groupStackData(groups, [entry("a", 1, [20, 30], 2.5), entry("b", 2, [15, 25])], "Điểm thưởng");
    expect(data.datasets[2]).toMatchObject({ label: "Điểm thưởng", data: [2.5, 0] });
  });
});

describe("trendData", () => {
  const quarters = [
    { quarter: 2, hasFigures: true, entries: [entry("b", 1, [30, 30]), entry("a", 2, [20, 30])] },
    { quarter: 1, hasFigures: true, entries: [entry("a", 1, [10, 10]), entry("b", 2, [5, 5])] },
  ];
  const label = (quarter: number) => `Quý ${quarter}`;

  it("draws a line per unit across the quarters in order, on totals or ranks", () => {
    const totals = trendData(quarters, "total", label, null);
    expect(totals.labels).toEqual(["Quý 1", "Quý 2"]);
    expect(totals.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ["Đơn vị b", [10, 60]],
      ["Đơn vị a", [20, 50]],
    ]);
    expect(trendData(quarters, "rank", label, null).datasets[0]?.data).toEqual([2, 1]);
  });

  it("leaves a gap at a quarter without figures instead of drawing it", () => {
    const empty = { quarter: 3, hasFigures: false, entries: [entry("b", 1, [30, 30]), entry("a", 1, [20, 40])] };
    const totals = trendData([...quarters, empty], "total", label, null);
    expect(totals.labels).toEqual(["Quý 1", "Quý 2", "Quý 3"]);
    expect(totals.datasets.map((dataset) => dataset.data)).toEqual([
      [10, 60, null],
      [20, 50, null],
    ]);
  });

  it("fades every unit but the highlighted one", () => {
    const data = trendData(quarters, "rank", label, "a");
    const [b, a] = data.datasets;
    expect(b?.borderColor).toBe("#d6d3d1");
    expect(a?.borderColor).not.toBe("#d6d3d1");
    expect(a?.borderWidth).toBeGreaterThan(b?.borderWidth as number);
  });
});

describe("shortLabel", () => {
  it("keeps short names and cuts long ones with an ellipsis", () => {
    expect(shortLabel("I. Tuyên truyền")).toBe("I. Tuyên truyền");
    const cut = shortLabel("II. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”");
    expect(cut.length).toBeLessThanOrEqual(36);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("trendData with more units than colours", () => {
  it("dashes the lines whose colour repeats", () => {
    const entries = Array.from({ length: 9 }, (_, index) => entry(`u${index}`, index + 1, [index, 0]));
    const data = trendData([{ quarter: 1, hasFigures: true, entries }], "total", String, null);
    expect(data.datasets[0]?.borderDash).toEqual([]);
    expect(data.datasets[8]?.borderDash).toEqual([8, 4]);
    expect(data.datasets[8]?.borderColor).toBe(data.datasets[0]?.borderColor);
  });
});
