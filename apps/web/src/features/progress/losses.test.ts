import { describe, expect, it } from "vitest";
import { lossRows } from "./losses";

describe("lossRows", () => {
  it("keeps the engine's order and adds the leader's points and how the points were computed", () => {
    const rows = lossRows(
      [
        {
          criterionId: "a",
          code: "II.3",
          name: "Nhà Đại đoàn kết",
          role: "CONTENT",
          maxPoints: 7,
          points: 2.63,
          lost: 4.37,
        },
        {
          criterionId: "b",
          code: "VI.3",
          name: "Báo cáo trễ hạn",
          role: "DEDUCTION",
          maxPoints: 2,
          points: -1,
          lost: 1,
        },
      ],
      [
        {
          criterionId: "a",
          leaderPoints: 5.5,
          explanation: "Đạt 37,5% chỉ tiêu.",
          valueExplanation: "Cộng dồn quý I–II: 18.",
        },
        { criterionId: "b", leaderPoints: 0, explanation: "1 lần × 1 điểm → trừ 1 điểm.", valueExplanation: null },
      ],
    );
    expect(rows.map((row) => [row.code, row.lost, row.leaderPoints, row.barShare])).toEqual([
      ["II.3", 4.37, 5.5, 1],
      ["VI.3", 1, 0, 1 / 4.37],
    ]);
    expect(rows[0]?.explanation).toBe("Cộng dồn quý I–II: 18. Đạt 37,5% chỉ tiêu.");
    expect(rows[1]?.explanation).toBe("1 lần × 1 điểm → trừ 1 điểm.");
  });
});
