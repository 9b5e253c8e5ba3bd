import { describe, expect, it } from "vitest";
import { rankBloc, scoreBloc } from "./bloc";
import type { Explanation } from "./explanation";
import { renderExplanation } from "./render-explanation";
import { blocOf, onPlanYear, resultsFor } from "./test-fixtures";

describe("renderExplanation", () => {
  it("explains a percent of target in Vietnamese by default", () => {
    const explanation: Explanation = {
      key: "targetPercent",
      value: 4.43,
      unit: null,
      target: 4,
      annualTarget: null,
      percent: 110.75,
      fullAtPercent: 100,
      maxPoints: 10,
      points: 10,
      capped: true,
    };
    expect(renderExplanation(explanation)).toBe(
      "Đạt 110,75% chỉ tiêu (4,43/4); đủ điểm khi đạt 100%, phần vượt không tính thêm → 10/10 điểm.",
    );
    expect(renderExplanation(explanation, "en")).toBe(
      "Reached 110.75% of target (4.43/4); full points at 100%, the excess earns nothing more → 10/10 points.",
    );
  });

  it("writes thousands and decimals the way the reader's language does", () => {
    const gifts: Explanation = {
      key: "targetPercent",
      value: 127600,
      unit: "suất",
      target: 120000,
      annualTarget: null,
      percent: 106.33,
      fullAtPercent: 100,
      maxPoints: 6,
      points: 6,
      capped: true,
    };
    expect(renderExplanation(gifts, "vi")).toContain("(127.600/120.000 suất)");
    expect(renderExplanation(gifts, "en")).toContain("Reached 106.33% of target (127,600/120,000 suất)");
  });

  it("says when a quarter's target is a share of the annual one", () => {
    expect(
      renderExplanation({
        key: "targetPercent",
        value: 0.82,
        unit: "tỷ đồng",
        target: 1,
        annualTarget: 4,
        percent: 82,
        fullAtPercent: 100,
        maxPoints: 5,
        points: 4.1,
        capped: false,
      }),
    ).toBe(
      "Đạt 82% chỉ tiêu (0,82/1 tỷ đồng, chỉ tiêu quý bằng 1/4 chỉ tiêu năm 4 tỷ đồng); đủ điểm khi đạt 100% → 4,1/5 điểm.",
    );
  });

  it("explains a capped bonus, deductions and the total", () => {
    const [score] = scoreBloc(
      blocOf(
        [{ id: "cho-moi", name: "Chợ Mới" }],
        [...onPlanYear("cho-moi", { 2: { "VI.1": 3, "VI.2": 2, "VI.3": 3 } })],
      ),
      { quarter: 4, basis: "YTD" },
    );
    if (score === undefined) throw new Error("no score");
    expect(renderExplanation(score.verified.explanations.bonus)).toBe(
      "Điểm thưởng VI.1 7,5 + VI.2 5 = 12,5, vượt mức tối đa 10 → tính 10.",
    );
    expect(renderExplanation(score.verified.explanations.bonus, "en")).toBe(
      "Bonus VI.1 7.5 + VI.2 5 = 12.5, above the cap of 10 → 10.",
    );
    expect(renderExplanation(score.verified.explanations.deduction)).toBe("Điểm trừ: VI.3 1,5 = 1,5.");
    expect(renderExplanation(score.verified.explanations.total)).toBe(
      "Tổng điểm = nội dung 90 (nhóm I 15 + nhóm II 30 + nhóm III 20 + nhóm IV 15 + nhóm V 10)" +
        " + thưởng 10 (VI.1 7,5 + VI.2 5 = 12,5, vượt mức tối đa 10 của điểm thưởng nên chỉ tính 10) − trừ 1,5 = 98,5.",
    );
    expect(renderExplanation(score.verified.explanations.total, "en")).toContain(
      " + bonus 10 (VI.1 7.5 + VI.2 5 = 12.5, above the bonus cap of 10, so 10 counts) − deductions 1.5 = 98.5.",
    );
  });

  it("explains how a year-to-date value was accumulated", () => {
    const [score] = scoreBloc(
      blocOf(
        [{ id: "pac-nam", name: "Pác Nặm" }],
        [...resultsFor("pac-nam", 1, { "II.1": 1.2 }), ...resultsFor("pac-nam", 3, { "II.1": 2.5 })],
      ),
      { quarter: 3, basis: "YTD" },
    );
    const fund = score?.criteria.find((criterion) => criterion.code === "II.1");
    expect(renderExplanation(fund?.verified.valueExplanation ?? { key: "notReported" })).toBe(
      "Cộng dồn quý I–III (I: 1,2 tỷ đồng; II: chưa có; III: 2,5 tỷ đồng): 3,7 tỷ đồng.",
    );
    expect(renderExplanation(fund?.verified.valueExplanation ?? { key: "notReported" }, "en")).toBe(
      "Sum of Q1–Q3 (Q1: 1.2 tỷ đồng; Q2: none; Q3: 2.5 tỷ đồng): 3.7 tỷ đồng.",
    );
  });

  it("keeps each figure's unit of measure, as the bloc wrote it", () => {
    const [score] = scoreBloc(
      blocOf(
        [{ id: "si-ma-cai", name: "Si Ma Cai" }],
        [
          ...resultsFor("si-ma-cai", 1, { "II.4": 87.85, "I.1": 4, "VI.1": 1, "VI.3": 2 }),
          ...resultsFor("si-ma-cai", 2, { "II.4": 39, "I.1": 7 }),
        ],
      ),
      { quarter: 2, basis: "YTD" },
    );
    const explained = (code: string, locale: "vi" | "en" = "vi") => {
      const criterion = score?.criteria.find((candidate) => candidate.code === code);
      return [criterion?.verified.valueExplanation, criterion?.verified.explanation].map((explanation) =>
        renderExplanation(explanation ?? { key: "notReported" }, locale),
      );
    };
    expect(explained("II.4")).toEqual([
      "Số liệu mới nhất quý I–II (I: 87,85% hộ; II: 39% hộ): 39% hộ.",
      "Kết quả 39% hộ: chưa đạt mức thấp nhất → 0/5 điểm.",
    ]);
    expect(explained("II.4", "en")[1]).toBe("Result 39% hộ: below the lowest band → 0/5 points.");
    expect(explained("I.1")[1]).toBe("Kết quả 11 buổi: đạt mức từ 10 buổi (4 điểm) → 4/5 điểm.");
    expect(explained("VI.1")[1]).toBe("1 mô hình × 2,5 điểm → thưởng 2,5 điểm.");
    expect(explained("VI.3")[1]).toBe("2 lần × 0,5 điểm → trừ 1 điểm.");
  });

  it("explains a quarter's classification scaled to the full year", () => {
    const ranking = rankBloc(
      blocOf([{ id: "ngan-son", name: "Ngân Sơn" }], onPlanYear("ngan-son", { 3: { "I.3": 0, "VI.1": 3 } }, 3)),
      { quarter: 3, basis: "YTD" },
    );
    const [entry] = ranking.entries;
    // The class against the year's targets (the ranking's own class is provisional before quarter IV).
    expect(renderExplanation(entry?.score.verified.classification.explanation ?? { key: "notReported" })).toBe(
      "Điểm xếp loại 75,53 (nội dung 64,25/85 quy về thang 90 là 68,03, thưởng 7,5, trừ 0) → Khá (từ 65 điểm).",
    );
  });

  it("renders a knock-out that withholds the top class", () => {
    expect(
      renderExplanation({
        key: "classification",
        score: 95,
        scaled: false,
        content: 88,
        scaledContent: 88,
        maxAttainable: 90,
        fullContentMax: 90,
        bonus: 7,
        deduction: 0,
        band: { code: "TOT", label: "Tốt", minTotal: 80 },
        withheld: { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 },
        knockOutCodes: ["IV.3"],
      }),
    ).toBe("Điểm xếp loại 95 → Tốt (từ 80 điểm). Vi phạm tiêu chí loại trừ IV.3: không được xếp loại Xuất sắc.");
  });
});
