import { formatPoints } from "@thidua/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

describe("insights.trend", () => {
  it("follows a unit's total and rank over every quarter and year, matching the bloc rankings", async () => {
    const unit = await h.as("donvi.bacha");
    const trend = await unit.insights.trend.query({ unitId: h.seed.units["LCI-BACHA"] });

    expect(trend.points.map((point) => `${point.year}/${point.quarter}`)).toEqual([
      "2024/1",
      "2024/2",
      "2024/3",
      "2024/4",
      "2025/1",
      "2025/2",
    ]);
    for (const point of trend.points) {
      const ranking = await unit.rankings.bloc.query({
        blocId: point.blocId,
        year: point.year,
        quarter: point.quarter,
      });
      const entry = ranking.entries.find((candidate) => candidate.unitId === trend.unitId);
      expect(point).toMatchObject({ total: entry?.total, rank: entry?.rank, unitCount: 9 });
    }
    // Bắc Hà is one of the bloc's two laggards.
    expect(trend.points.every((point) => point.rank >= 8)).toBe(true);
  });

  it("stops at the last published quarter for unit users, not for the coordinator", async () => {
    const input = { unitId: h.seed.units["LCI-TINHDOAN"], fromYear: 2025, toYear: 2025 };
    const [asUnit, asCoordinator] = await Promise.all([
      (await h.as("donvi.tinhdoan")).insights.trend.query(input),
      (await h.as("dieuphoi.laocai")).insights.trend.query(input),
    ]);
    expect(asUnit.points.map((point) => point.quarter)).toEqual([1, 2, 3]);
    expect(asCoordinator.points.map((point) => point.quarter)).toEqual([1, 2, 3, 4]);
    expect(asCoordinator.points.slice(0, 3)).toEqual(asUnit.points);
  });

  it("leaves quarters without figures out of the points and lists them as gaps", async () => {
    // Commune cluster 1 was founded on 1 July 2025: quarters I and II have no figures.
    const input = { unitId: h.seed.units["LCI-P-CAMDUONG"], fromYear: 2025, toYear: 2025 };
    const [asUnit, asCoordinator] = await Promise.all([
      (await h.as("donvi.camduong")).insights.trend.query(input),
      (await h.as("dieuphoi.laocai")).insights.trend.query(input),
    ]);
    expect(asCoordinator.points.map((point) => point.quarter)).toEqual([3, 4]);
    expect(asCoordinator.gaps.map((gap) => gap.quarter)).toEqual([1, 2]);
    expect(asUnit.points.map((point) => point.quarter)).toEqual([3]);
    expect(asUnit.gaps.map((gap) => gap.quarter)).toEqual([1, 2]);
    // The first quarter with figures has no movement: the empty one before ranked nobody.
    expect(asCoordinator.points[0]?.movement).toBeNull();
  });

  it("refuses callers who may read none of the unit's blocs", async () => {
    const input = { unitId: h.seed.units["LCI-BACHA"] };
    expect((await refusal((await h.as("donvi.chodon")).insights.trend.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal((await h.as("lanhdao.backan")).insights.trend.query(input))).code).toBe("FORBIDDEN");
    const reversed = await refusal(
      (await h.as("admin")).insights.trend.query({ ...input, fromYear: 2025, toYear: 2024 }),
    );
    expect(reversed.code).toBe("BAD_REQUEST");
  });
});

describe("insights.compare", () => {
  it("sets a unit against the bloc average and the leader, with its biggest losses and the way up", async () => {
    const unitId = h.seed.units["LCI-BACHA"];
    const input = { year: 2024, quarter: 4 };
    const unit = await h.as("donvi.bacha");
    const [comparison, ranking] = await Promise.all([
      unit.insights.compare.query({ unitId, ...input }),
      unit.rankings.bloc.query({ blocId: h.seed.blocs["LCI-HUYEN"], ...input }),
    ]);
    const totals = ranking.entries.map((entry) => entry.total);
    const own = ranking.entries.find((entry) => entry.unitId === unitId);

    expect(comparison.rank).toBe(own?.rank);
    expect(comparison.total).toBe(own?.total);
    expect(comparison.blocAverage).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 2);
    expect(comparison.leader.unitId).toBe(ranking.entries[0]?.unitId);
    expect(comparison.groups.map((group) => group.code)).toEqual(ranking.groups.map((group) => group.code));
    for (const group of comparison.groups) {
      expect(group.points).toBe(own?.groups.find((g) => g.groupId === group.groupId)?.points);
    }
    const losses = comparison.biggestLosses.map((loss) => loss.lost);
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
    expect(losses[0]).toBeGreaterThan(0);

    const above = ranking.entries.filter((entry) => entry.rank < (own?.rank ?? 0)).at(-1);
    expect(comparison.moveUp?.aboveRank).toBe(above?.rank);
    expect(comparison.moveUp?.pointsNeeded).toBeCloseTo((above?.total ?? 0) - (own?.total ?? 0) + 0.01, 2);
  });

  it("plans the way up in steps each criterion's rule really gives, naming the figure to reach", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const input = { blocId: h.seed.blocs["LCI-HUYEN"], year: 2025, quarter: 2 };
    const ranking = await coordinator.rankings.bloc.query(input);
    let stepped = 0;
    for (const entry of ranking.entries) {
      const comparison = await coordinator.insights.compare.query({ unitId: entry.unitId, year: 2025, quarter: 2 });
      const plan = comparison.moveUp;
      if (!plan) continue;
      const kinds = new Map(comparison.criteria.map((criterion) => [criterion.criterionId, criterion.kind]));
      for (const source of plan.sources) {
        expect(source.take).toBeGreaterThan(0);
        expect(source.take).toBeLessThanOrEqual(source.headroom);
        expect(source.step).toMatch(/^(đạt từ .+|đạt yêu cầu|được chấm từ [\d,]+) để được [\d,]+\/[\d,]+ điểm$/);
        expect(source.step).toContain(`để được ${formatPoints(source.points + source.take, "vi")}/`);
        // The covenant's bands and yes/no criteria give whole points: no step gains 2,11 on them.
        const kind = kinds.get(source.criterionId);
        if (kind === "BANDS" || kind === "YES_NO") {
          stepped += 1;
          expect(Number.isInteger(Math.round((source.points + source.take) * 100) / 100)).toBe(true);
        }
        // Houses, meetings and members come whole: "29 căn", never "28,12 căn".
        expect(source.step).not.toMatch(/\d,\d+ (căn|cuộc|người|buổi)\)/);
      }
      expect(plan.gain).toBeCloseTo(
        plan.sources.reduce((sum, source) => sum + source.take, 0),
        2,
      );
      expect(plan.covered).toBe(plan.gain >= plan.pointsNeeded);
    }
    expect(stepped).toBeGreaterThan(0);
  });

  it("explains each criterion's points in the caller's language", async () => {
    const input = { unitId: h.seed.units["LCI-BACHA"], year: 2024, quarter: 4 };
    const [vi, en] = await Promise.all([
      (await h.as("donvi.bacha")).insights.compare.query(input),
      (await h.as("donvi.bacha", "en")).insights.compare.query(input),
    ]);
    const lost = vi.biggestLosses[0];
    const criterion = vi.criteria.find((candidate) => candidate.criterionId === lost?.criterionId);
    const criterionEn = en.criteria.find((candidate) => candidate.criterionId === lost?.criterionId);
    expect(criterion?.explanation).toMatch(/điểm/);
    expect(criterionEn?.explanation).toMatch(/point/);
    expect(criterion?.explanation).not.toBe(criterionEn?.explanation);
    expect(vi.criteria.every((candidate) => candidate.explanation.length > 0)).toBe(true);

    // Figures keep their unit of measure: a share of households reads "88,15% hộ", not a bare 88,15.
    const families = vi.criteria.find((candidate) => candidate.code === "II.4");
    expect(families?.explanation).toMatch(/^Kết quả \d+(,\d+)?% hộ: /);
    expect(families?.valueExplanation).toMatch(/\(I: \d+(,\d+)?% hộ; II: \d+(,\d+)?% hộ; III: .*\): \d+(,\d+)?% hộ\.$/);
    const meetings = en.criteria.find((candidate) => candidate.code === "III.1");
    expect(meetings?.explanation).toMatch(/^Reached [\d.]+% of target \([\d.]+\/[\d.]+ cuộc\)/);
  });

  it("has no way up for the leader and refuses a year the unit was in no bloc", async () => {
    const leader = await h.as("lanhdao.laocai");
    const ranking = await leader.rankings.bloc.query({ blocId: h.seed.blocs["LCI-HUYEN"], year: 2024, quarter: 4 });
    const first = ranking.entries[0];
    const comparison = await leader.insights.compare.query({ unitId: first?.unitId ?? "", year: 2024, quarter: 4 });
    expect(comparison.moveUp).toBeNull();

    const camDuong = h.seed.units["LCI-P-CAMDUONG"];
    expect(await refusal(leader.insights.compare.query({ unitId: camDuong, year: 2024, quarter: 4 }))).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "notFound.membership",
    });
  });

  it("shows unit users published quarters only and refuses other blocs' units", async () => {
    const unit = await h.as("donvi.tinhdoan");
    const self = h.seed.units["LCI-TINHDOAN"];
    expect(await refusal(unit.insights.compare.query({ unitId: self, year: 2025, quarter: 4 }))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "period.notPublished",
    });
    const bacHa = h.seed.units["LCI-BACHA"];
    expect((await refusal(unit.insights.compare.query({ unitId: bacHa, year: 2024, quarter: 4 }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("insights.province", () => {
  it("lists every bloc with data that quarter: leaders, laggards and movers", async () => {
    const overview = await (await h.as("lanhdao.laocai")).insights.province.query({ year: 2025, quarter: 2 });
    expect(overview.provinceName).toMatch(/Lào Cai/);
    // The commune cluster only started in quarter III, so it has nothing to show in quarter II.
    expect(overview.blocs.map((bloc) => bloc.blocId).sort()).toEqual(
      [h.seed.blocs["LCI-HUYEN"], h.seed.blocs["LCI-DOANTHE"]].sort(),
    );
    for (const bloc of overview.blocs) {
      const ranking = await (
        await h.as("lanhdao.laocai")
      ).rankings.bloc.query({ blocId: bloc.blocId, year: 2025, quarter: 2 });
      expect(bloc.leaders.map((unit) => unit.unitId)).toEqual(
        ranking.entries.filter((entry) => entry.rank === 1).map((entry) => entry.unitId),
      );
      expect(bloc.laggards.some((unit) => unit.reasons.includes("BOTTOM"))).toBe(true);
      expect(bloc.laggards.every((unit) => unit.rank >= (bloc.leaders[0]?.rank ?? 1))).toBe(true);
      for (const mover of bloc.movers) {
        expect(mover.movement).toBe(ranking.entries.find((entry) => entry.unitId === mover.unitId)?.movement);
        expect(mover.movement).not.toBe(0);
      }
      expect(bloc.unitCount).toBe(ranking.entries.length);
      // A published quarter of the demo: every member submitted on time and was verified.
      const members = ranking.entries.length;
      expect(bloc.completeness).toEqual({ members, submitted: members, verified: members, complete: members, late: 0 });
    }
  });

  it("counts each bloc's submissions in the open quarter, late ones apart", async () => {
    const overview = await (await h.as("lanhdao.laocai")).insights.province.query({ year: 2025, quarter: 4 });
    const organisations = overview.blocs.find((bloc) => bloc.blocId === h.seed.blocs["LCI-DOANTHE"]);
    // Complete: the three that linked the required documents and the one that explained; three still owe them.
    expect(organisations?.completeness).toEqual({ members: 7, submitted: 3, verified: 0, complete: 4, late: 1 });
  });

  it("gives coordinators their own blocs and refuses leaders of other provinces and unit users", async () => {
    const backan = h.seed.units["BKN"];
    const mine = await (
      await h.as("dieuphoi.backan")
    ).insights.province.query({ provinceId: backan, year: 2024, quarter: 4 });
    expect(mine.blocs.map((bloc) => bloc.blocId)).toEqual([h.seed.blocs["BKN-HUYEN"]]);

    const laoCaiLeader = await h.as("lanhdao.laocai");
    const input = { provinceId: backan, year: 2024, quarter: 4 };
    expect((await refusal(laoCaiLeader.insights.province.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal((await h.as("donvi.chodon")).insights.province.query(input))).code).toBe("FORBIDDEN");
    const admin = await (await h.as("admin")).insights.province.query(input);
    expect(admin.blocs).toHaveLength(1);
  });
});

describe("a quarter left open and empty", () => {
  it("is a gap in the trend, and the bloc's ranking for it says it has no figures", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const blocId = h.seed.blocs["LCI-HUYEN"];
    const batxat = h.seed.units["LCI-BATXAT"];
    const criterionId = h.seed.criteria["LCI-HUYEN"][2025]!["III.1"]!;
    // Figures entered for quarter IV while quarter III is still open and empty.
    await coordinator.results.saveCell.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      unitId: batxat,
      criterionId,
      verifiedValue: 3,
      reportedValue: 3,
      version: null,
    });
    const trend = await coordinator.insights.trend.query({ unitId: batxat, fromYear: 2025, toYear: 2025 });
    expect(trend.points.map((point) => point.quarter)).toEqual([1, 2, 4]);
    expect(trend.gaps).toEqual([{ year: 2025, quarter: 3, blocId, blocName: expect.any(String) }]);
    expect(trend.points.at(-1)?.movement).toBeNull();
    const [third, fourth] = await Promise.all(
      [3, 4].map((quarter) => coordinator.rankings.bloc.query({ blocId, year: 2025, quarter })),
    );
    expect(third?.hasFigures).toBe(false);
    expect(fourth?.hasFigures).toBe(true);
    expect(fourth?.entries.every((entry) => entry.movement === null)).toBe(true);
  });
});
