import { describe, expect, it } from "vitest";
import { classify, type ClassificationInput } from "./classification";
import { prepareSet } from "./prepared-set";
import { fixtureSet } from "./test-fixtures";

const { bandsDescending } = prepareSet(fixtureSet());
const fullYear: ClassificationInput = {
  content: 0,
  bonus: 0,
  deduction: 0,
  maxAttainable: 90,
  fullContentMax: 90,
  knockOutCodes: [],
};
const classOf = (input: Partial<ClassificationInput>) => classify(bandsDescending, { ...fullYear, ...input });

describe("classify", () => {
  it("picks the highest band the total reaches", () => {
    expect(classOf({ content: 85, bonus: 5 }).band?.code).toBe("XUAT_SAC");
    expect(classOf({ content: 89.99 }).band?.code).toBe("TOT");
    expect(classOf({ content: 65 }).band?.code).toBe("KHA");
    expect(classOf({ content: 20 })).toMatchObject({ band: { code: "YEU" }, passing: false });
  });

  it("gives no band below every band", () => {
    const set = fixtureSet();
    const bands = prepareSet({ ...set, classification: set.classification.filter((band) => band.minTotal > 0) });
    expect(classify(bands.bandsDescending, { ...fullYear, content: 40 })).toMatchObject({ band: null, passing: false });
  });

  it("fails no one in a set without bands", () => {
    expect(classify([], { ...fullYear, content: 10 })).toMatchObject({ band: null, passing: true });
  });

  it("withholds the top band from a knocked-out unit, which gets the next band", () => {
    const result = classOf({ content: 88, bonus: 7, knockOutCodes: ["IV.3"] });
    expect(result.band?.code).toBe("TOT");
    expect(result.withheld?.code).toBe("XUAT_SAC");
    expect(result.explanation).toMatchObject({
      band: { code: "TOT" },
      withheld: { code: "XUAT_SAC" },
      knockOutCodes: ["IV.3"],
    });
  });

  it("does not change the class of a knocked-out unit below the top band", () => {
    expect(classOf({ content: 70, knockOutCodes: ["VI.4"] })).toMatchObject({ band: { code: "KHA" }, withheld: null });
  });

  it("scales the content of a quarter to the full-year scale, adding bonus and deductions unscaled", () => {
    // Quarter III: 76,5 of the 85 attainable content points is 90% of the 90-point scale: 81.
    const result = classOf({ content: 76.5, maxAttainable: 85, bonus: 2.5, deduction: -1 });
    expect(result.score).toBe(82.5);
    expect(result.band?.code).toBe("TOT");
    expect(result.explanation).toMatchObject({ scaled: true, scaledContent: 81 });
  });

  it("classifies on the total itself when everything is due", () => {
    const result = classOf({ content: 80, bonus: 3, deduction: -2 });
    expect(result.score).toBe(81);
    expect(result.explanation).toMatchObject({ scaled: false, scaledContent: 80 });
  });
});
