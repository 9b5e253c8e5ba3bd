import { TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AppRouter } from "../../root";
import { saveInputOf } from "../../testing/criteria-input";
import { createApiHarness, type ApiClient, type ApiHarness } from "../../testing/harness";
import { reopenYear } from "../../testing/reopen";

type CriteriaSetTree = NonNullable<inferRouterOutputs<AppRouter>["criteria"]["byBlocYear"]>;

let h: ApiHarness;
let coordinator: ApiClient;
let blocId: string;

beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.signIn("dieuphoi.laocai");
  blocId = h.seed.blocs["LCI-DOANTHE"];
});
afterAll(async () => {
  await h?.close();
});

async function refusal(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

const read = async (client: ApiClient, year: number, bloc = blocId) =>
  (await client.criteria.byBlocYear.query({ blocId: bloc, year })) as CriteriaSetTree;

const criterionOf = (tree: CriteriaSetTree, code: string) =>
  tree.groups.flatMap((group) => group.criteria).find((criterion) => criterion.code === code);

describe("criteria.byBlocYear", () => {
  test("returns the set as a tree with its totals and no problems", async () => {
    const leader = await h.signIn("lanhdao.laocai");
    const tree = await read(leader, 2025);
    expect(tree.id).toBe(h.seed.criteriaSets["LCI-DOANTHE"][2025]);
    expect(tree.groups.map((group) => group.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(tree.contentMaxPoints).toBe(90);
    expect(tree.bonusCap).toBe(10);
    expect(tree.totals).toEqual({ contentMaxSum: 90, bonusMaxSum: 12.5, deductionMaxSum: 5 });
    expect(tree.problems).toEqual([]);
    expect(tree.tieBreak).toEqual([{ by: "GROUP", groupCode: "II" }, { by: "FEWER_DEDUCTIONS" }]);
    const knockOut = criterionOf(tree, "VI.2");
    expect(knockOut).toMatchObject({ kind: "YES_NO", knockOut: true, maxPoints: 4, rule: {} });
    expect(criterionOf(tree, "I.2")).toMatchObject({
      kind: "BANDS",
      rule: {
        basis: "PERCENT_OF_TARGET",
        bands: [
          { from: 100, points: 4 },
          { from: 90, points: 3 },
          { from: 75, points: 2 },
          { from: 50, points: 1 },
        ],
      },
    });
    expect(criterionOf(tree, "II.1")?.id).toBe(h.seed.criteria["LCI-DOANTHE"][2025]?.["II.1"]);
  });

  test("is null for a year without a set, and refused to a coordinator of another bloc", async () => {
    expect(await coordinator.criteria.byBlocYear.query({ blocId, year: 2031 })).toBeNull();
    const other = await h.signIn("dieuphoi.backan");
    const error = await refusal(other.criteria.byBlocYear.query({ blocId, year: 2025 }));
    expect(error.data?.code).toBe("FORBIDDEN");
  });
});

describe("criteria.save", () => {
  test("round-trips the tree, keeping ids, bumping the version and auditing changed criteria", async () => {
    const before = await read(coordinator, 2025);
    const same = await coordinator.criteria.save.mutate(saveInputOf(before));
    expect(same.version).toBe(before.version + 1);
    expect({ ...same, version: before.version }).toEqual(before);

    const auditBefore = await h.database.prisma.auditLog.count({ where: { entity: "criterion" } });
    const input = saveInputOf(same);
    const groupII = input.groups[1]!;
    const renamed = { ...groupII.criteria[0]!, name: "Vận động Quỹ “Vì người nghèo” (sửa)" };
    input.groups[1] = { ...groupII, criteria: [renamed, ...groupII.criteria.slice(1)] };
    // Move I.3 into group V: its row, and so its results, must follow.
    const i3 = input.groups[0]!.criteria.find((criterion) => criterion.code === "I.3")!;
    input.groups[0]!.criteria = input.groups[0]!.criteria.filter((criterion) => criterion.code !== "I.3");
    input.groups[4]!.criteria.push(i3);
    // Moving a criterion changes the groups' points of 2025's published quarters: reopened first.
    await reopenYear(coordinator, blocId, 2025);
    const saved = await coordinator.criteria.save.mutate(input);

    expect(criterionOf(saved, "II.1")).toMatchObject({ id: criterionOf(before, "II.1")?.id, name: renamed.name });
    const moved = saved.groups[4]!.criteria.find((criterion) => criterion.code === "I.3");
    expect(moved?.id).toBe(criterionOf(before, "I.3")?.id);
    expect(saved.groups[0]!.criteria.map((criterion) => criterion.code)).toEqual(["I.1", "I.2"]);
    const results = await h.database.prisma.result.count({ where: { criterionId: moved!.id } });
    expect(results).toBeGreaterThan(0);

    const audit = await h.database.prisma.auditLog.findMany({
      where: { entity: "criterion", action: "update" },
      orderBy: { at: "desc" },
      select: { entityId: true, before: true, after: true },
    });
    expect(await h.database.prisma.auditLog.count({ where: { entity: "criterion" } })).toBeGreaterThan(auditBefore);
    const renameAudit = audit.find((row) => row.entityId === criterionOf(before, "II.1")?.id);
    expect(renameAudit?.before).toMatchObject({ name: "Vận động ủng hộ Quỹ “Vì người nghèo”" });
    expect(renameAudit?.after).toMatchObject({ name: renamed.name });
    const setAudit = await h.database.prisma.auditLog.findFirst({
      where: { entity: "criteriaSet", entityId: before.id },
      orderBy: { at: "desc" },
    });
    expect(setAudit?.action).toBe("update");
  });

  test("refuses a set that does not add up, naming the problems, and changes nothing", async () => {
    const before = await read(coordinator, 2025);
    const input = saveInputOf(before);
    input.groups[0]!.criteria[0] = { ...input.groups[0]!.criteria[0]!, maxPoints: 5.5 };
    input.groups[2]!.criteria.push({ ...input.groups[2]!.criteria[0]!, name: "Trùng mã" });
    input.tieBreak = [{ by: "GROUP", groupCode: "IX" }];
    const error = await refusal(coordinator.criteria.save.mutate(input));
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.data?.messageKey).toBe("criteriaSet.invalid");
    expect(error.message).toContain("Mã tiêu chí III.1 bị trùng.");
    expect(error.message).toContain(
      "Tổng điểm tối đa của các tiêu chí nội dung là 97,5, chưa bằng điểm nội dung đã khai báo 90.",
    );
    expect(error.message).toContain("nhóm IX");

    const english = await h.signIn("dieuphoi.laocai", "en");
    const inEnglish = await refusal(english.criteria.save.mutate(input));
    expect(inEnglish.message).toContain("The content criteria's maxima add up to 97.5, not the declared 90.");

    const after = await read(coordinator, 2025);
    expect(after).toEqual(before);
  });

  test("refuses a knock-out on a kind that cannot knock out", async () => {
    const input = saveInputOf(await read(coordinator, 2025));
    const first = input.groups[0]!.criteria[0]!;
    expect(first.kind).toBe("TARGET_PERCENT");
    input.groups[0]!.criteria[0] = { ...first, knockOut: true } as never;
    const error = await refusal(coordinator.criteria.save.mutate(input));
    expect(error.data?.messageKey).toBe("validation.failed");
    expect(error.message).toContain("groups.0.criteria.0.knockOut");
  });

  test("refuses to remove a criterion with results, naming its code; removes one without", async () => {
    const before = await read(coordinator, 2025);
    const withNew = saveInputOf(before);
    withNew.groups[6]!.criteria.push({
      code: "VII.4",
      name: "Được Chính phủ tặng Cờ thi đua",
      description: null,
      unitOfMeasure: "Cờ",
      maxPoints: 2,
      kind: "BONUS",
      rule: { pointsPerUnit: 2 },
      knockOut: false,
      evidenceRequired: false,
      reporting: "YEAR_END",
      accumulation: "SUM",
    });
    const added = await coordinator.criteria.save.mutate(withNew);
    expect(criterionOf(added, "VII.4")).toMatchObject({
      kind: "BONUS",
      rule: { pointsPerUnit: 2 },
      reporting: "YEAR_END",
    });
    expect(added.totals.bonusMaxSum).toBe(14.5);

    const withoutII1 = saveInputOf(added);
    withoutII1.groups[1]!.criteria = withoutII1.groups[1]!.criteria.filter((criterion) => criterion.code !== "II.1");
    withoutII1.groups[0]!.criteria[0] = { ...withoutII1.groups[0]!.criteria[0]!, maxPoints: 12 };
    const error = await refusal(coordinator.criteria.save.mutate(withoutII1));
    expect(error.data?.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toBe("Không xóa được tiêu chí II.1 vì đã có kết quả chấm điểm.");
    expect(criterionOf(await read(coordinator, 2025), "II.1")?.id).toBe(criterionOf(before, "II.1")?.id);

    const withoutNew = saveInputOf(added);
    withoutNew.groups[6]!.criteria = withoutNew.groups[6]!.criteria.filter((criterion) => criterion.code !== "VII.4");
    const removed = await coordinator.criteria.save.mutate(withoutNew);
    expect(criterionOf(removed, "VII.4")).toBeUndefined();
    const deleted = await h.database.prisma.auditLog.findFirst({
      where: { entity: "criterion", entityId: criterionOf(added, "VII.4")?.id, action: "delete" },
    });
    expect(deleted?.before).toMatchObject({ code: "VII.4", maxPoints: 2 });
  });

  test("refuses a stale version with CONFLICT", async () => {
    const tree = await read(coordinator, 2025);
    await coordinator.criteria.save.mutate(saveInputOf(tree));
    const error = await refusal(coordinator.criteria.save.mutate({ ...saveInputOf(tree), name: "Bản cũ" }));
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.message).toContain("Bộ tiêu chí đã được người khác sửa");
    expect((await read(coordinator, 2025)).name).toBe(tree.name);
  });

  test("creates a new year's set, and leaders and other blocs' coordinators may not", async () => {
    const source = saveInputOf(await read(coordinator, 2025));
    const created = await coordinator.criteria.save.mutate({
      ...source,
      year: 2030,
      version: null,
      name: "Giao ước 2030",
    });
    expect(created).toMatchObject({ year: 2030, version: 1, name: "Giao ước 2030", copiedFromId: null, problems: [] });
    expect(created.groups.flatMap((group) => group.criteria)).toHaveLength(
      source.groups.flatMap((group) => group.criteria).length,
    );
    const again = await refusal(coordinator.criteria.save.mutate({ ...source, year: 2030, version: null }));
    expect(again.data?.code).toBe("CONFLICT");
    expect(again.message).toBe("Khối đã có bộ tiêu chí năm 2030.");

    const leader = await h.signIn("lanhdao.laocai");
    expect(
      (await refusal(leader.criteria.save.mutate({ ...source, year: 2032, version: null }))).data?.messageKey,
    ).toBe("auth.readOnly");
    const other = await h.signIn("dieuphoi.backan");
    expect((await refusal(other.criteria.save.mutate({ ...source, year: 2032, version: null }))).data?.code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("criteria.copyFromYear", () => {
  test("copies last year's groups and criteria, not its targets or results", async () => {
    const cluster = h.seed.blocs["LCI-CUM1"];
    const source = await read(coordinator, 2025, cluster);
    const copy = await coordinator.criteria.copyFromYear.mutate({ blocId: cluster, year: 2026 });
    expect(copy).toMatchObject({ year: 2026, version: 1, copiedFromId: source.id, name: source.name });
    expect(copy.id).not.toBe(source.id);
    const shape = (tree: CriteriaSetTree) =>
      tree.groups.map((group) => ({
        code: group.code,
        criteria: group.criteria.map(({ id: _, ...criterion }) => criterion),
      }));
    expect(shape(copy)).toEqual(shape(source));
    expect(copy.totals).toEqual(source.totals);
    const criterionIds = copy.groups.flatMap((group) => group.criteria.map((criterion) => criterion.id));
    expect(await h.database.prisma.target.count({ where: { criterionId: { in: criterionIds } } })).toBe(0);
    expect(await h.database.prisma.result.count({ where: { criterionId: { in: criterionIds } } })).toBe(0);
  });

  test("refuses when the year already has a set or the source is missing", async () => {
    const cluster = h.seed.blocs["LCI-CUM1"];
    const exists = await refusal(
      coordinator.criteria.copyFromYear.mutate({ blocId: cluster, year: 2025, sourceYear: 2025 }),
    );
    expect(exists.data?.code).toBe("CONFLICT");
    const english = await h.signIn("dieuphoi.laocai", "en");
    const missing = await refusal(
      english.criteria.copyFromYear.mutate({ blocId: cluster, year: 2027, sourceYear: 2023 }),
    );
    expect(missing.data?.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("The bloc has no criteria set for 2023 to copy.");
    expect(await h.database.prisma.criteriaSet.count({ where: { blocId: cluster, year: 2027 } })).toBe(0);
  });
});
