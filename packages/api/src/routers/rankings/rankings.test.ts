import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiHarness } from "../../testing/harness";

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
});

afterAll(async () => {
  await h?.close();
});

const lci = () => h.seed.blocs["LCI-HUYEN"];
const entryOf = <T extends { unitId: string }>(entries: T[], code: "LCI-BAOYEN" | "LCI-VANBAN" | "LCI-BAOTHANG") =>
  entries.find((entry) => entry.unitId === h.seed.units[code]);

describe("rankings.bloc", () => {
  it("ranks a quarter on the year to date with shared ranks for ties (1, 2, 2, 4)", async () => {
    const leader = await h.as("lanhdao.laocai");
    const ranking = await leader.rankings.bloc.query({ blocId: lci(), year: 2024, quarter: 2 });

    expect(ranking.entries).toHaveLength(9);
    expect(ranking.basis).toBe("YTD");
    expect(ranking.side).toBe("verified");
    const baoYen = entryOf(ranking.entries, "LCI-BAOYEN");
    const vanBan = entryOf(ranking.entries, "LCI-VANBAN");
    expect(baoYen?.total).toBe(vanBan?.total);
    expect(baoYen?.rank).toBe(vanBan?.rank);
    expect(baoYen?.tied && vanBan?.tied).toBe(true);
    // Competition ranking: after a shared rank the next one skips.
    const ranks = ranking.entries.map((entry) => entry.rank);
    ranking.entries.forEach((entry, index) => {
      expect(entry.rank).toBe(ranking.entries.findIndex((other) => other.total === entry.total) + 1);
      if (index > 0) expect(entry.total).toBeLessThanOrEqual(ranking.entries[index - 1]?.total ?? Infinity);
    });
    expect(ranks[0]).toBe(1);
  });

  it("agrees with the grid's totals and splits each total into groups, bonus and deductions", async () => {
    const coordinator = await h.as("dieuphoi.laocai");
    const input = { blocId: lci(), year: 2024, quarter: 3 };
    const [ranking, grid] = await Promise.all([
      coordinator.rankings.bloc.query(input),
      coordinator.results.grid.query(input),
    ]);
    for (const entry of ranking.entries) {
      const totals = grid.totals.find((row) => row.unitId === entry.unitId);
      expect(entry.total).toBe(totals?.verified.total);
      expect(entry.totalSelf).toBe(totals?.self.total);
      const groupSum = entry.groups.reduce((sum, group) => sum + group.points, 0);
      expect(groupSum).toBeCloseTo(entry.content, 2);
      expect(entry.total).toBeCloseTo(Math.max(0, entry.content + entry.bonus + entry.deduction), 2);
    }
    expect(ranking.groups.map((group) => group.code)).toEqual(grid.criteria.map((c) => c.groupCode).filter(unique));
  });

  it("keeps a knocked-out unit out of the top class and explains every number in the caller's language", async () => {
    const input = { blocId: lci(), year: 2024, quarter: 4 };
    const vi = await (await h.as("lanhdao.laocai")).rankings.bloc.query(input);
    const en = await (await h.as("lanhdao.laocai", "en")).rankings.bloc.query(input);

    const baoThang = entryOf(vi.entries, "LCI-BAOTHANG");
    expect(baoThang?.knockedOut).toBe(true);
    expect(baoThang?.classification.code).not.toBe(vi.bands[0]?.code);
    expect(baoThang?.classification.withheldLabel).toBe(vi.bands[0]?.label);

    const first = vi.entries[0];
    const firstEn = en.entries[0];
    expect(firstEn?.explanations.total).toMatch(/^Total = content \d+(\.\d+)? \(group I /);
    expect(first?.explanations.total).not.toBe(firstEn?.explanations.total);
    expect(first?.explanations.rank).not.toBe(firstEn?.explanations.rank);
    expect(first?.explanations.movement).toBeTruthy();
  });

  it("classifies quarter II provisionally against the plan to date, and quarter IV against the year", async () => {
    const leader = await h.as("lanhdao.laocai");
    const english = await h.as("lanhdao.laocai", "en");
    const input = { blocId: lci(), year: 2024, quarter: 2 };
    const [q2, q2En, q4] = await Promise.all([
      leader.rankings.bloc.query(input),
      english.rankings.bloc.query(input),
      leader.rankings.bloc.query({ ...input, quarter: 4 }),
    ]);
    const bandsDescending = [...q2.bands].sort((a, b) => b.minTotal - a.minTotal);
    for (const entry of q2.entries) {
      const { classification } = entry;
      expect(classification.provisional).toBe(true);
      // Hand-checkable from the page: the class is the highest band the (plan-to-date) score reaches.
      const reached = bandsDescending.find((band) => classification.score >= band.minTotal);
      if (!entry.knockedOut) expect(classification.code).toBe(reached?.code ?? null);
      // The score against the year's targets, which the ranking keeps, is said and is never above the plan's.
      const yearScore = /chỉ tiêu năm: ([\d.,]+)\)/.exec(classification.explanation)?.[1];
      expect(classification.explanation).toMatch(
        /^Tạm xếp loại quý II: so với kế hoạch đến hết quý \(chỉ tiêu tính đến nay: .*50%/,
      );
      expect(Number(yearScore?.replace(/\./g, "").replace(",", "."))).toBeLessThanOrEqual(classification.score);
    }
    // On the year's targets at mid-year most of the bloc would sit low; on the plan to date it does not.
    const lowest = bandsDescending[bandsDescending.length - 1]?.code;
    expect(q2.entries.filter((entry) => entry.classification.code === lowest).length).toBeLessThan(q2.entries.length);
    expect(q2En.entries[0]?.classification.explanation).toMatch(
      /^Provisional class for quarter II: measured against the plan to date/,
    );

    for (const entry of q4.entries) {
      expect(entry.classification.provisional).toBe(false);
      expect(entry.classification.explanation).toMatch(/^Điểm xếp loại /);
    }
  });

  it("says in the total when the bonus items together pass the set's bonus cap", async () => {
    const star = h.seed.scenario.bonusAboveCap.find((entry) => entry.bloc === "LCI-HUYEN");
    expect(star).toBeDefined();
    const input = { blocId: lci(), year: star?.year ?? 0, quarter: 4 };
    const [vi, en] = await Promise.all([
      (await h.as("lanhdao.laocai")).rankings.bloc.query(input),
      (await h.as("lanhdao.laocai", "en")).rankings.bloc.query(input),
    ]);
    const starred = (ranking: typeof vi) => ranking.entries.find((entry) => entry.unitId === h.seed.units[star!.unit]);
    expect(starred(vi)?.bonus).toBe(vi.bonusCap);
    expect(starred(vi)?.explanations.total).toMatch(
      /\+ thưởng 10 \(VII\.1 [\d,]+ \+ .* = [\d,]+, vượt mức tối đa 10 của điểm thưởng nên chỉ tính 10\) − trừ /,
    );
    expect(starred(en)?.explanations.total).toMatch(
      /\+ bonus 10 \(VII\.1 .*, above the bonus cap of 10, so 10 counts\)/,
    );
    // A bonus within the cap needs no such note.
    const modest = vi.entries.find((entry) => entry.bonus > 0 && entry.bonus < vi.bonusCap);
    expect(modest?.explanations.total).not.toMatch(/vượt mức tối đa/);
  });

  it("gives movement since the previous quarter, and none in the first", async () => {
    const leader = await h.as("lanhdao.laocai");
    const [q1, q2] = await Promise.all(
      [1, 2].map((quarter) => leader.rankings.bloc.query({ blocId: lci(), year: 2024, quarter })),
    );
    expect(q1?.entries.every((entry) => entry.movement === null && entry.previousRank === null)).toBe(true);
    for (const entry of q2?.entries ?? []) {
      const before = q1?.entries.find((other) => other.unitId === entry.unitId);
      expect(entry.previousRank).toBe(before?.rank);
      expect(entry.movement).toBe((before?.rank ?? 0) - entry.rank);
    }
  });

  it("ranks the quarter alone on request, and the self-assessment when asked", async () => {
    const leader = await h.as("lanhdao.laocai");
    const base = { blocId: lci(), year: 2024, quarter: 2 };
    const [ytd, quarterOnly, self] = await Promise.all([
      leader.rankings.bloc.query(base),
      leader.rankings.bloc.query({ ...base, basis: "QUARTER" }),
      leader.rankings.bloc.query({ ...base, side: "self" }),
    ]);
    expect(quarterOnly.basis).toBe("QUARTER");
    expect(quarterOnly.entries.map((e) => e.total)).not.toEqual(ytd.entries.map((e) => e.total));
    for (const entry of self.entries) expect(entry.total).toBe(entry.totalSelf);
  });

  it("shows unit users published quarters only, ranked on published figures", async () => {
    const doanThe = h.seed.blocs["LCI-DOANTHE"];
    const member = await h.as("donvi.tinhdoan");
    const coordinator = await h.as("dieuphoi.laocai");

    const open = await refusal(member.rankings.bloc.query({ blocId: doanThe, year: 2025, quarter: 4 }));
    expect(open).toEqual({
      code: "FORBIDDEN",
      messageKey: "period.notPublished",
      message: "Kết quả quý IV chưa được công bố.",
    });
    const draft = await coordinator.rankings.bloc.query({ blocId: doanThe, year: 2025, quarter: 4 });
    expect(draft.status).toBe("OPEN");

    const published = { blocId: doanThe, year: 2025, quarter: 3 };
    const [asMember, asCoordinator] = await Promise.all([
      member.rankings.bloc.query(published),
      coordinator.rankings.bloc.query(published),
    ]);
    expect(asMember).toEqual(asCoordinator);
  });

  it("refuses callers outside the bloc, anonymous callers and bad input, in their language", async () => {
    const input = { blocId: lci(), year: 2024, quarter: 2 };
    expect((await refusal((await h.as("donvi.chodon")).rankings.bloc.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal((await h.as("lanhdao.backan")).rankings.bloc.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal((await h.as("dieuphoi.backan")).rankings.bloc.query(input))).code).toBe("FORBIDDEN");
    expect((await refusal(h.anonymous().rankings.bloc.query(input))).code).toBe("UNAUTHORIZED");

    const bad = await refusal((await h.as("lanhdao.laocai", "en")).rankings.bloc.query({ ...input, quarter: 5 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toMatch(/^Invalid input: Quarter \(quarter\): /);
    const missing = await refusal((await h.as("admin")).rankings.bloc.query({ ...input, year: 2023 }));
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Khối chưa có dữ liệu năm 2023." });
  });
});

describe("rankings.matrix", () => {
  it("gives every unit's points per due criterion and group, agreeing with the ranking, explained in the caller's language", async () => {
    const input = { blocId: lci(), year: 2024, quarter: 2 };
    const leader = await h.as("lanhdao.laocai");
    const [ranking, matrix, english] = await Promise.all([
      leader.rankings.bloc.query(input),
      leader.rankings.matrix.query(input),
      (await h.as("lanhdao.laocai", "en")).rankings.matrix.query(input),
    ]);
    expect(matrix.units.map((unit) => unit.unitId)).toEqual(ranking.entries.map((entry) => entry.unitId));
    expect(matrix.groups.map((group) => group.code)).toEqual(ranking.groups.map((group) => group.code));
    for (const unit of matrix.units) {
      const entry = ranking.entries.find((other) => other.unitId === unit.unitId);
      expect(unit.criteria.map((cell) => cell.criterionId)).toEqual(matrix.criteria.map((c) => c.criterionId));
      expect(unit.groups.map((group) => group.points)).toEqual(entry?.groups.map((group) => group.points));
      for (const cell of unit.criteria) expect(cell.explanation).toBeTruthy();
    }
    const firstGroup = english.units[0]?.groups[0]?.explanation;
    expect(firstGroup).toBeTruthy();
    expect(firstGroup).not.toBe(matrix.units[0]?.groups[0]?.explanation);

    // Numbers follow the language: 87.85 in English, 87,85 in Vietnamese (three digits after a mark group thousands).
    const texts = (answer: typeof matrix) =>
      answer.units.flatMap((unit) => [...unit.groups, ...unit.criteria].map((cell) => cell.explanation));
    expect(texts(english).some((text) => /\d\.\d{1,2}(?!\d)/.test(text))).toBe(true);
    expect(texts(english).filter((text) => /\d,\d{1,2}(?!\d)/.test(text))).toEqual([]);
    expect(texts(matrix).some((text) => /\d,\d{1,2}(?!\d)/.test(text))).toBe(true);
    expect(texts(matrix).filter((text) => /\d\.\d{1,2}(?!\d)/.test(text))).toEqual([]);
  });

  it("adds every row of a group into its subtotal, bonus and deductions included, and the groups into the total", async () => {
    const input = { blocId: lci(), year: 2025, quarter: 2 };
    const matrix = await (await h.as("lanhdao.laocai")).rankings.matrix.query(input);
    const byCode = (code: string) => matrix.groups.find((group) => group.code === code);
    const unitNamed = (name: string) => matrix.units.find((unit) => unit.unitName === name);
    const cells = (unit: (typeof matrix.units)[number], groupId: string) =>
      matrix.criteria
        .filter((criterion) => criterion.groupId === groupId)
        .map((criterion) => unit.criteria.find((cell) => cell.criterionId === criterion.criterionId)?.points ?? 0);
    for (const unit of matrix.units) {
      for (const group of matrix.groups) {
        const subtotal = unit.groups.find((entry) => entry.groupId === group.groupId)?.subtotal;
        expect(subtotal).toBeCloseTo(
          cells(unit, group.groupId).reduce((sum, points) => sum + points, 0),
          2,
        );
      }
    }

    // "VII. Điểm thưởng" holds bonus items only: no content maximum, but up to the set's cap of 10.
    const bonus = byCode("VII");
    expect(bonus).toMatchObject({ maxPoints: 0, bonusMaxPoints: 10 });
    const earner = matrix.units.find((unit) => cells(unit, bonus?.groupId ?? "").some((points) => points > 0));
    const earned = earner?.groups.find((entry) => entry.groupId === bonus?.groupId);
    expect(earned?.subtotal).toBeGreaterThan(0);
    expect(earned?.explanation).toMatch(
      /^Nhóm VII: VII\.1 [\d,]+ \+ VII\.2 [\d,]+ \+ VII\.3 [\d,]+ = [\d,]+ điểm \(thưởng /,
    );

    // Si Ma Cai's group VI lists a deduction: 4 + 4 + 0 − 1 = 7, not the 8 content points alone.
    const office = byCode("VI");
    const siMaCai = unitNamed("Huyện Si Ma Cai");
    expect(siMaCai && cells(siMaCai, office?.groupId ?? "")).toEqual([4, 4, 0, -1]);
    const sixth = siMaCai?.groups.find((entry) => entry.groupId === office?.groupId);
    expect(sixth).toMatchObject({ points: 8, subtotal: 7 });
    expect(sixth?.explanation).toBe("Nhóm VI: VI.1 4 + VI.2 4 − VI.3 0 − VI.4 1 = 7 điểm (nội dung 8/10; trừ 1).");

    // The total row: the subtotals add up to it, less what the bonus cap takes back.
    for (const unit of matrix.units) {
      const sum = unit.groups.reduce((total, group) => total + group.subtotal, 0);
      expect(unit.total.points).toBeLessThanOrEqual(Math.max(0, sum) + 0.001);
      expect(unit.total.explanation).toMatch(/^Tổng điểm = /);
    }
    expect(matrix.totalMaxPoints).toBeGreaterThan(90);
  });

  it("keeps unpublished quarters from unit users like the ranking does", async () => {
    const member = await h.as("donvi.tinhdoan");
    const open = await refusal(
      member.rankings.matrix.query({ blocId: h.seed.blocs["LCI-DOANTHE"], year: 2025, quarter: 4 }),
    );
    expect(open.messageKey).toBe("period.notPublished");
  });
});

function unique<T>(value: T, index: number, all: T[]) {
  return all.indexOf(value) === index;
}

describe("the open quarter's draft ranking", () => {
  it("shows coordinators, leaders and admins the quarter being entered as a draft, and unit users nothing of it", async () => {
    const blocId = lci();
    const coordinator = await h.as("dieuphoi.laocai");
    const criterionId = h.seed.criteria["LCI-HUYEN"][2025]!["III.1"]!;
    const input = { blocId, year: 2025, quarter: 4 };
    // Figures saved in quarter IV, which nobody has locked or published.
    await coordinator.results.saveCell.mutate({
      ...input,
      unitId: h.seed.units["LCI-BATXAT"],
      criterionId,
      verifiedValue: 3,
      reportedValue: 3,
      version: null,
    });

    for (const username of ["dieuphoi.laocai", "lanhdao.laocai", "admin"] as const) {
      const reader = await h.as(username);
      const [ranking, matrix] = await Promise.all([
        reader.rankings.bloc.query(input),
        reader.rankings.matrix.query(input),
      ]);
      expect(ranking).toMatchObject({ status: "OPEN", draft: true, hasFigures: true });
      expect(ranking.entries).toHaveLength(9);
      expect(matrix).toMatchObject({ status: "OPEN", draft: true });
      expect(matrix.units.map((unit) => unit.unitId)).toEqual(ranking.entries.map((entry) => entry.unitId));
    }

    // A member unit sees only published quarters, its own bloc's included; another bloc's unit nothing.
    const member = await h.as("donvi.batxat");
    expect(await refusal(member.rankings.bloc.query(input))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "period.notPublished",
    });
    expect((await refusal(member.rankings.matrix.query(input))).messageKey).toBe("period.notPublished");
    expect((await refusal((await h.as("donvi.chodon")).rankings.bloc.query(input))).code).toBe("FORBIDDEN");
    const published = await member.rankings.bloc.query({ ...input, quarter: 2 });
    expect(published).toMatchObject({ status: "PUBLISHED", draft: false });
  });
});
