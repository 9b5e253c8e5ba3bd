import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveInputOf } from "../testing/criteria-input";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "../testing/harness";
import { REOPEN_REASON, reopenYear } from "../testing/reopen";

/**
 * Published results stay put: while a quarter of 2025 is locked or published, nothing that would
 * change what it shows is saved. The bloc under test is LCI-DOANTHE, whose 2025 quarters I–III are
 * published and IV is open; LCI-CUM1 started in July 2025, so its I and II are open before a
 * published III and a locked IV.
 */

let h: ApiHarness;
let coordinator: ApiClient;
let doanThe: string;
let criteria: Record<string, string>;

const CLOSED = "I/2025, II/2025, III/2025";
const refusedMessage = (quarters: string) =>
  `Chưa lưu: thay đổi này làm thay đổi kết quả đã khóa sổ hoặc công bố của quý ${quarters}. ` +
  `Hãy mở lại quý ${quarters} trước (mở lại được ghi vào lịch sử), rồi lưu lại.`;

beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.as("dieuphoi.laocai");
  doanThe = h.seed.blocs["LCI-DOANTHE"];
  criteria = h.seed.criteria["LCI-DOANTHE"][2025] ?? {};
});
afterAll(async () => {
  await h?.close();
});

const ranking = (quarter: number) => coordinator.rankings.bloc.query({ blocId: doanThe, year: 2025, quarter });
const totals = async (quarter: number) =>
  (await ranking(quarter)).entries.map((entry) => [entry.unitId, entry.total, entry.rank]);
const auditRows = () => h.database.prisma.auditLog.count();
const criteriaSet = async () => (await coordinator.criteria.byBlocYear.query({ blocId: doanThe, year: 2025 }))!;

describe("a locked or published quarter's figures", () => {
  it("are not moved by a target edit: refused in the caller's language, naming the quarters, nothing written", async () => {
    const targets = await coordinator.targets.list.query({ blocId: doanThe, year: 2025 });
    const target = targets.targets.find((row) => row.criterionId === criteria["II.1"])!;
    const english = await h.as("dieuphoi.laocai", "en");
    const [q2, audit] = [await totals(2), await auditRows()];
    const edit = {
      unitId: target.unitId,
      criterionId: target.criterionId,
      value: target.value * 1.5,
      version: target.version,
    };

    expect(await refusal(coordinator.targets.save.mutate({ blocId: doanThe, year: 2025, cells: [edit] }))).toEqual({
      code: "PRECONDITION_FAILED",
      messageKey: "lockedFigures.changed",
      message: refusedMessage(CLOSED),
    });
    expect((await refusal(english.targets.save.mutate({ blocId: doanThe, year: 2025, cells: [edit] }))).message).toBe(
      `Not saved: this change would alter the locked or published results of quarter ${CLOSED}. ` +
        `Reopen quarter ${CLOSED} first (the reopening is kept on record), then save again.`,
    );
    expect(await totals(2)).toEqual(q2);
    expect(await auditRows()).toBe(audit);
    const stored = await coordinator.targets.list.query({ blocId: doanThe, year: 2025 });
    expect(stored.targets.find((row) => row.unitId === edit.unitId && row.criterionId === edit.criterionId)).toEqual(
      target,
    );
  });

  it("are not moved by a criterion's points, while renaming a criterion or a group saves", async () => {
    const before = await criteriaSet();
    const renamed = saveInputOf(before);
    renamed.groups[1] = {
      ...renamed.groups[1]!,
      name: `${renamed.groups[1]!.name} (sửa tên)`,
      criteria: renamed.groups[1]!.criteria.map((c, i) => (i === 0 ? { ...c, name: `${c.name} (sửa tên)` } : c)),
    };
    const saved = await coordinator.criteria.save.mutate(renamed);
    expect(saved.groups[1]!.name).toContain("(sửa tên)");

    const points = saveInputOf(saved);
    // Points moved between two proportional criteria of a group keep the set adding up; the published points do not.
    const group = points.groups.find(
      (candidate) => candidate.criteria.filter((c) => c.kind === "TARGET_PERCENT").length >= 2,
    )!;
    const [more, less] = group.criteria.filter((c) => c.kind === "TARGET_PERCENT");
    group.criteria = group.criteria.map((c) =>
      c === more ? { ...c, maxPoints: c.maxPoints + 1 } : c === less ? { ...c, maxPoints: c.maxPoints - 1 } : c,
    );
    const [q2, audit] = [await totals(2), await auditRows()];
    expect(await refusal(coordinator.criteria.save.mutate(points))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: refusedMessage(CLOSED),
    });
    expect(await criteriaSet()).toEqual(saved);
    expect(await totals(2)).toEqual(q2);
    expect(await auditRows()).toBe(audit);
  });

  it("are not moved by a new member, while a change of head unit saves", async () => {
    const year = await coordinator.blocs.year.query({ blocId: doanThe, year: 2025 });
    const memberIds = year!.members.map((member) => member.unitId);
    const admin = await h.as("admin");
    const newcomer = await admin.units.create.mutate({
      code: "LCI-HOISINHVIEN",
      name: "Hội Sinh viên tỉnh Lào Cai",
      kind: "ORGANISATION",
      parentId: h.seed.units.LCI,
    });
    const audit = await auditRows();
    const joining = {
      blocId: doanThe,
      year: 2025,
      version: year!.version,
      headUnitId: year!.head?.unitId ?? null,
      deputyUnitId: year!.deputy?.unitId ?? null,
    };
    expect(
      await refusal(coordinator.blocs.saveYear.mutate({ ...joining, memberUnitIds: [...memberIds, newcomer.id] })),
    ).toMatchObject({ code: "PRECONDITION_FAILED", message: refusedMessage(CLOSED) });
    expect(await auditRows()).toBe(audit);
    expect((await coordinator.blocs.year.query({ blocId: doanThe, year: 2025 }))!.members).toHaveLength(
      memberIds.length,
    );

    const leadership = await coordinator.blocs.saveYear.mutate({
      ...joining,
      memberUnitIds: memberIds,
      headUnitId: year!.deputy?.unitId ?? null,
      deputyUnitId: year!.head?.unitId ?? null,
    });
    expect(leadership.head?.unitId).toBe(year!.deputy?.unitId);
  });

  it("are not moved by an earlier open quarter's figures that they count", async () => {
    const cum1 = h.seed.blocs["LCI-CUM1"];
    const grid = await coordinator.results.grid.query({ blocId: cum1, year: 2025, quarter: 2 });
    const criterion = grid.criteria.find((c) => c.due && c.kind === "TARGET_PERCENT")!;
    const cell = {
      unitId: grid.members[0]!.id,
      criterionId: criterion.id,
      reportedValue: 5,
      verifiedValue: 5,
      version: null,
    };
    expect(
      await refusal(coordinator.results.saveCell.mutate({ blocId: cum1, year: 2025, quarter: 2, ...cell })),
    ).toMatchObject({ code: "PRECONDITION_FAILED", message: refusedMessage("III/2025, IV/2025") });
    expect(await h.database.prisma.result.count({ where: { criterionId: criterion.id, quarter: 2 } })).toBe(0);
  });

  it("can be changed once the quarters are reopened, on record", async () => {
    const targets = await coordinator.targets.list.query({ blocId: doanThe, year: 2025 });
    const target = targets.targets.find((row) => row.criterionId === criteria["II.1"])!;
    await reopenYear(coordinator, doanThe, 2025);
    const [saved] = await coordinator.targets.save.mutate({
      blocId: doanThe,
      year: 2025,
      cells: [
        { unitId: target.unitId, criterionId: target.criterionId, value: target.value * 1.5, version: target.version },
      ],
    });
    expect(saved?.value).toBe(target.value * 1.5);
    const reopened = await coordinator.audit.list.query({ blocId: doanThe, entity: "period", limit: 3 });
    expect(reopened.items.map((item) => item.after)).toEqual([
      { quarter: 1, status: "OPEN", reason: REOPEN_REASON },
      { quarter: 2, status: "OPEN", reason: REOPEN_REASON },
      { quarter: 3, status: "OPEN", reason: REOPEN_REASON },
    ]);
  });
});
