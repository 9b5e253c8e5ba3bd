/**
 * The year-end award proposal (đề nghị khen thưởng): which units of a bloc the province's rules put
 * forward for which award, from the final ranking. Rules are the bloc's own for the year (how many
 * flags and certificates, from which ranks and classes, whether a knock-out bars them); they are tried
 * in order and a unit receives at most one award, the first it qualifies for.
 */

export interface AwardRule {
  /** Stable within the set, e.g. "CO_THI_DUA". */
  code: string;
  /** As it is written in the proposal: "Cờ thi đua của Ủy ban nhân dân tỉnh". */
  label: string;
  /** How many units at most may be proposed. */
  count: number;
  /** Only units ranked this high or higher (1 = the leader); null: any rank. */
  maxRank: number | null;
  /** Only units of these classification codes; empty: any passing class. */
  classCodes: string[];
  /** Units with a knock-out violation are not proposed. */
  excludeKnockedOut: boolean;
}

export interface AwardCandidate {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  classificationCode: string | null;
  /** False below every band or in a band that does not pass. */
  passing: boolean;
  knockedOut: boolean;
}

/** Why a unit was not proposed for a rule it was considered for. */
export type AwardRefusal =
  | { reason: "RANK"; maxRank: number }
  | { reason: "CLASS"; classCodes: string[] }
  | { reason: "NOT_PASSING" }
  | { reason: "KNOCKED_OUT" }
  | { reason: "COUNT_REACHED"; count: number }
  /** Units sharing a rank that together exceed what is left of the count: the meeting decides. */
  | { reason: "TIE_AT_LIMIT"; count: number; tiedWith: string[] };

export interface AwardOutcome {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  /** The award proposed, or null. */
  awardCode: string | null;
  /** For each rule tried before (and including) the one that decided, why not; empty when the first rule proposed it. */
  refusals: { awardCode: string; refusal: AwardRefusal }[];
}

function refusalOf(rule: AwardRule, candidate: AwardCandidate): AwardRefusal | null {
  if (rule.maxRank !== null && candidate.rank > rule.maxRank) return { reason: "RANK", maxRank: rule.maxRank };
  if (rule.excludeKnockedOut && candidate.knockedOut) return { reason: "KNOCKED_OUT" };
  if (rule.classCodes.length > 0) {
    if (candidate.classificationCode === null || !rule.classCodes.includes(candidate.classificationCode)) {
      return { reason: "CLASS", classCodes: rule.classCodes };
    }
  } else if (!candidate.passing) {
    return { reason: "NOT_PASSING" };
  }
  return null;
}

/**
 * Proposes awards from a final ranking. Candidates are taken in rank order; units sharing a rank
 * are proposed together or, when they would pass the rule's count, not at all (a tie the rules
 * cannot settle goes to the meeting's vote), and nobody ranked below them takes their place.
 */
export function proposeAwards(candidates: readonly AwardCandidate[], rules: readonly AwardRule[]): AwardOutcome[] {
  const ordered = [...candidates].sort((a, b) => a.rank - b.rank);
  const outcomes = new Map<string, AwardOutcome>(
    ordered.map((candidate) => [
      candidate.unitId,
      {
        unitId: candidate.unitId,
        unitName: candidate.unitName,
        rank: candidate.rank,
        total: candidate.total,
        awardCode: null,
        refusals: [],
      },
    ]),
  );
  for (const rule of rules) {
    const open = ordered.filter((candidate) => outcomes.get(candidate.unitId)?.awardCode === null);
    const refuse = (candidate: AwardCandidate, refusal: AwardRefusal) =>
      outcomes.get(candidate.unitId)?.refusals.push({ awardCode: rule.code, refusal });
    const eligible: AwardCandidate[] = [];
    for (const candidate of open) {
      const refusal = refusalOf(rule, candidate);
      if (refusal) refuse(candidate, refusal);
      else eligible.push(candidate);
    }
    let left = rule.count;
    let closed = false;
    for (const rank of [...new Set(eligible.map((candidate) => candidate.rank))]) {
      const run = eligible.filter((candidate) => candidate.rank === rank);
      if (!closed && run.length <= left) {
        for (const candidate of run) {
          const outcome = outcomes.get(candidate.unitId);
          if (outcome) outcome.awardCode = rule.code;
        }
        left -= run.length;
        continue;
      }
      for (const candidate of run) {
        if (!closed && left > 0) {
          const tiedWith = run.filter((other) => other !== candidate).map((other) => other.unitName);
          refuse(candidate, { reason: "TIE_AT_LIMIT", count: rule.count, tiedWith });
        } else {
          refuse(candidate, { reason: "COUNT_REACHED", count: rule.count });
        }
      }
      closed = true;
    }
  }
  return ordered.map((candidate) => outcomes.get(candidate.unitId) as AwardOutcome);
}

/** A province's usual rules, offered to a year that has none yet: one flag for the leader, two certificates. */
export function defaultAwardRules(topClassCode: string | null): AwardRule[] {
  const classCodes = topClassCode ? [topClassCode] : [];
  return [
    {
      code: "CO_THI_DUA",
      label: "Cờ thi đua của Ủy ban nhân dân tỉnh",
      count: 1,
      maxRank: 1,
      classCodes,
      excludeKnockedOut: true,
    },
    {
      code: "BANG_KHEN",
      label: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      count: 2,
      maxRank: null,
      classCodes,
      excludeKnockedOut: true,
    },
  ];
}
