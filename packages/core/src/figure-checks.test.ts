import { describe, expect, it } from "vitest";
import { figureProblem } from "./figure-checks";
import { measureOf } from "./measure";

describe("measureOf", () => {
  it("recognises counts, shares of a whole and amounts from the unit the covenant writes", () => {
    expect(["người", "buổi", "Căn", "lượt người", "suất quà", "cuộc", "houses", "mô hình"].map(measureOf)).toEqual(
      Array(8).fill("COUNT"),
    );
    expect(["%", "% hộ", "% khu dân cư", "percent"].map(measureOf)).toEqual(Array(4).fill("PERCENT"));
    expect(["tỷ đồng", "triệu đồng", "% KH", "% kế hoạch", "km", null].map(measureOf)).toEqual(Array(6).fill("AMOUNT"));
  });
});

describe("figureProblem", () => {
  const measured = (unitOfMeasure: string | null) => ({ kind: "TARGET_PERCENT" as const, maxPoints: 4, unitOfMeasure });

  it("refuses a fraction of a count and accepts a whole one", () => {
    expect(figureProblem(measured("người"), 12.5)).toEqual({ code: "countFraction", unit: "người" });
    expect(figureProblem(measured("căn"), 193)).toBeNull();
    expect(figureProblem({ ...measured("buổi"), kind: "BANDS" }, 3.5)).toEqual({ code: "countFraction", unit: "buổi" });
  });

  it("refuses a share of a whole above 100% but not a percent of plan", () => {
    expect(figureProblem(measured("% hộ"), 100.5)).toEqual({ code: "percentAbove100" });
    expect(figureProblem(measured("% hộ"), 91.4)).toBeNull();
    expect(figureProblem(measured("% KH"), 110.75)).toBeNull();
  });

  it("accepts fractions of an amount and refuses negatives", () => {
    expect(figureProblem(measured("tỷ đồng"), 3.7)).toBeNull();
    expect(figureProblem(measured("tỷ đồng"), -1)).toEqual({ code: "negative" });
  });

  it("keeps the rules of the other kinds", () => {
    expect(figureProblem({ kind: "YES_NO", maxPoints: 2, unitOfMeasure: null }, 2)).toEqual({ code: "yesNo" });
    expect(figureProblem({ kind: "DEDUCTION", maxPoints: 2, unitOfMeasure: "lần" }, 1.5)).toEqual({
      code: "wholeNumber",
    });
    expect(figureProblem({ kind: "QUALITATIVE", maxPoints: 4, unitOfMeasure: null }, 4.5)).toEqual({
      code: "aboveMax",
      maxPoints: 4,
    });
    expect(figureProblem({ kind: "QUALITATIVE", maxPoints: 4, unitOfMeasure: null }, 3.5)).toBeNull();
  });
});
