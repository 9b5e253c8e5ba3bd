import { describe, expect, it } from "vitest";
import { proposeAwards, type AwardCandidate, type AwardRule } from "./awards";

const candidate = (
  unitId: string,
  rank: number,
  classificationCode: string | null,
  extra: Partial<AwardCandidate> = {},
): AwardCandidate => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  rank,
  total: 100 - rank,
  classificationCode,
  passing: classificationCode !== null,
  knockedOut: false,
  ...extra,
});

const FLAG: AwardRule = {
  code: "FLAG",
  label: "Cờ thi đua",
  count: 1,
  maxRank: 1,
  classCodes: ["XS"],
  excludeKnockedOut: true,
};
const CERTIFICATE: AwardRule = {
  code: "CERT",
  label: "Bằng khen",
  count: 2,
  maxRank: null,
  classCodes: ["XS", "T"],
  excludeKnockedOut: true,
};

const awarded = (outcomes: ReturnType<typeof proposeAwards>) =>
  Object.fromEntries(outcomes.map((outcome) => [outcome.unitId, outcome.awardCode]));

describe("proposeAwards", () => {
  it("gives the flag to the leader and certificates to the next two of an allowed class", () => {
    const outcomes = proposeAwards(
      [candidate("A", 1, "XS"), candidate("B", 2, "XS"), candidate("C", 3, "T"), candidate("D", 4, "T")],
      [FLAG, CERTIFICATE],
    );
    expect(awarded(outcomes)).toEqual({ A: "FLAG", B: "CERT", C: "CERT", D: null });
    expect(outcomes.find((outcome) => outcome.unitId === "B")?.refusals).toEqual([
      { awardCode: "FLAG", refusal: { reason: "RANK", maxRank: 1 } },
    ]);
    expect(outcomes.find((outcome) => outcome.unitId === "D")?.refusals).toEqual([
      { awardCode: "FLAG", refusal: { reason: "RANK", maxRank: 1 } },
      { awardCode: "CERT", refusal: { reason: "COUNT_REACHED", count: 2 } },
    ]);
  });

  it("bars a knocked-out leader from every award, and nobody below takes the flag", () => {
    const outcomes = proposeAwards(
      [candidate("A", 1, "XS", { knockedOut: true }), candidate("B", 2, "XS"), candidate("C", 3, "T")],
      [FLAG, CERTIFICATE],
    );
    expect(awarded(outcomes)).toEqual({ A: null, B: "CERT", C: "CERT" });
    expect(outcomes[0]?.refusals.map((entry) => entry.refusal.reason)).toEqual(["KNOCKED_OUT", "KNOCKED_OUT"]);
  });

  it("skips a unit of a class the rule does not allow, and lets the next one in", () => {
    const outcomes = proposeAwards(
      [candidate("A", 1, "XS"), candidate("B", 2, "K"), candidate("C", 3, "T"), candidate("D", 4, "T")],
      [FLAG, CERTIFICATE],
    );
    expect(awarded(outcomes)).toEqual({ A: "FLAG", B: null, C: "CERT", D: "CERT" });
    expect(outcomes[1]?.refusals[1]).toEqual({
      awardCode: "CERT",
      refusal: { reason: "CLASS", classCodes: ["XS", "T"] },
    });
  });

  it("leaves a tie the count cannot hold to the meeting, and closes the rule after it", () => {
    const outcomes = proposeAwards(
      [
        candidate("A", 1, "XS"),
        candidate("B", 2, "XS"),
        candidate("C", 2, "T"),
        candidate("D", 2, "T"),
        candidate("E", 5, "T"),
      ],
      [FLAG, CERTIFICATE],
    );
    expect(awarded(outcomes)).toEqual({ A: "FLAG", B: null, C: null, D: null, E: null });
    expect(outcomes.find((outcome) => outcome.unitId === "C")?.refusals[1]).toEqual({
      awardCode: "CERT",
      refusal: { reason: "TIE_AT_LIMIT", count: 2, tiedWith: ["Đơn vị B", "Đơn vị D"] },
    });
    expect(outcomes.find((outcome) => outcome.unitId === "E")?.refusals[1]?.refusal.reason).toBe("COUNT_REACHED");
  });

  it("proposes units sharing a rank together when the count holds them all", () => {
    const outcomes = proposeAwards(
      [candidate("A", 1, "XS"), candidate("B", 1, "XS"), candidate("C", 3, "T")],
      [{ ...FLAG, count: 2 }, CERTIFICATE],
    );
    expect(awarded(outcomes)).toEqual({ A: "FLAG", B: "FLAG", C: "CERT" });
  });

  it("with no class listed, takes any passing class and refuses units that do not pass", () => {
    const anyClass: AwardRule = { ...CERTIFICATE, classCodes: [], count: 5 };
    const outcomes = proposeAwards([candidate("A", 1, "TB"), candidate("B", 2, null)], [anyClass]);
    expect(awarded(outcomes)).toEqual({ A: "CERT", B: null });
    expect(outcomes[1]?.refusals).toEqual([{ awardCode: "CERT", refusal: { reason: "NOT_PASSING" } }]);
  });
});
