interface Loss {
  criterionId: string;
  code: string;
  name: string;
  role: string;
  maxPoints: number;
  points: number;
  lost: number;
}

interface ComparedCriterion {
  criterionId: string;
  leaderPoints: number;
  explanation: string;
  valueExplanation: string | null;
}

export interface LossRow extends Loss {
  leaderPoints: number | null;
  /** How the points were computed: the value's origin, then the scoring rule. */
  explanation: string;
  /** The bar's length: this loss as a share of the largest one. */
  barShare: number;
}

/** The engine's biggest losses, in its order (largest first), with the leader's points and the explanation. */
export function lossRows(losses: readonly Loss[], criteria: readonly ComparedCriterion[]): LossRow[] {
  const byId = new Map(criteria.map((criterion) => [criterion.criterionId, criterion]));
  const largest = Math.max(0, ...losses.map((loss) => loss.lost));
  return losses.map((loss) => {
    const criterion = byId.get(loss.criterionId);
    return {
      ...loss,
      leaderPoints: criterion?.leaderPoints ?? null,
      explanation: [criterion?.valueExplanation, criterion?.explanation].filter(Boolean).join(" "),
      barShare: largest > 0 ? loss.lost / largest : 0,
    };
  });
}
