import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "../../testing/harness";
import { REOPEN_REASON } from "../../testing/reopen";

/**
 * A cell's history and revert, and the bloc's audit log filtered. The cell under test is Tỉnh đoàn's
 * II.1 in quarter IV/2025 of LCI-DOANTHE, the quarter open for entry in the demo data.
 */

let h: ApiHarness;
let coordinator: ApiClient;
let unitUser: ApiClient;
let blocId: string;
let tinhdoan: string;
let criterionId: string;
const COORDINATOR = "Ban Thi đua - Khen thưởng tỉnh Lào Cai";
const UNIT_USER = "Văn phòng Tỉnh đoàn Lào Cai";

const cell = () => ({ blocId, year: 2025, quarter: 4, unitId: tinhdoan, criterionId });
const stored = () =>
  h.database.prisma.result.findUniqueOrThrow({
    where: { criterionId_unitId_quarter: { criterionId, unitId: tinhdoan, quarter: 4 } },
    select: { reportedValue: true, verifiedValue: true, version: true },
  });
const version = async () => (await stored()).version;

/** Three saves: the coordinator's figures, the unit's self-assessment with a note, the coordinator's verification. */
beforeAll(async () => {
  h = await createApiHarness();
  coordinator = await h.as("dieuphoi.laocai");
  unitUser = await h.as("donvi.tinhdoan");
  blocId = h.seed.blocs["LCI-DOANTHE"];
  tinhdoan = h.seed.units["LCI-TINHDOAN"];
  criterionId = h.seed.criteria["LCI-DOANTHE"][2025]!["II.1"]!;
  const existing = await h.database.prisma.result.findUnique({
    where: { criterionId_unitId_quarter: { criterionId, unitId: tinhdoan, quarter: 4 } },
    select: { version: true },
  });
  const ref = { blocId, year: 2025, quarter: 4, unitId: tinhdoan, criterionId };
  await coordinator.results.saveCell.mutate({
    ...ref,
    reportedValue: 1200,
    verifiedValue: 1100,
    version: existing?.version ?? null,
  });
  await unitUser.results.saveCell.mutate({
    ...ref,
    reportedValue: 1250,
    note: "Theo báo cáo quý IV",
    version: await version(),
  });
  await coordinator.results.saveCell.mutate({ ...ref, verifiedValue: 1300, version: await version() });
});
afterAll(async () => {
  await h?.close();
});

describe("history.cell", () => {
  it("lists the cell's changes newest first: who, when, old → new, the note", async () => {
    const history = await coordinator.history.cell.query(cell());
    expect(history.version).toBe(await version());
    const [verified, selfAssessed, first] = history.entries;
    expect(verified).toMatchObject({
      kind: "cell",
      action: "update",
      user: { displayName: COORDINATOR },
      changes: [{ field: "verifiedValue", before: 1100, after: 1300 }],
      restorable: false,
    });
    expect(selfAssessed).toMatchObject({
      user: { displayName: UNIT_USER },
      changes: expect.arrayContaining([
        { field: "reportedValue", before: 1200, after: 1250 },
        expect.objectContaining({ field: "note", after: "Theo báo cáo quý IV" }),
      ]),
      restorable: true,
    });
    expect(first).toMatchObject({ user: { displayName: COORDINATOR }, restorable: true });
    expect(first!.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "reportedValue", after: 1200 })]),
    );
    const times = history.entries.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("is for those who read the bloc, and for a unit user its own unit's cells only", async () => {
    expect((await (await h.as("lanhdao.laocai")).history.cell.query(cell())).entries.length).toBeGreaterThan(2);
    expect((await unitUser.history.cell.query(cell())).entries.length).toBeGreaterThan(2);
    const otherUnit = { ...cell(), unitId: h.seed.units["LCI-HOINONGDAN"] };
    expect(await refusal(unitUser.history.cell.query(otherUnit))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal((await h.as("lanhdao.backan")).history.cell.query(cell()))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal((await h.as("donvi.batxat")).history.cell.query(cell()))).toMatchObject({ code: "FORBIDDEN" });
    // A criterion of another bloc through a bloc the caller reads.
    const elsewhere = { ...cell(), criterionId: h.seed.criteria["LCI-HUYEN"][2025]!["II.1"]! };
    expect(await refusal(coordinator.history.cell.query(elsewhere))).toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy ô này trong bảng điểm của khối năm đó.",
    });
  });
});

describe("history.revert", () => {
  it("restores an earlier entry's values as a new audited change", async () => {
    const history = await coordinator.history.cell.query(cell());
    const first = history.entries.at(-1)!;
    const restored = await coordinator.history.revert.mutate({
      ...cell(),
      entryId: first.id,
      version: history.version!,
    });
    expect(restored).toMatchObject({ reportedValue: 1200, verifiedValue: 1100, note: "Theo báo cáo quý IV" });
    expect(await stored()).toMatchObject({ version: history.version! + 1 });
    const [revert] = (await coordinator.history.cell.query(cell())).entries;
    expect(revert).toMatchObject({
      action: "revert",
      revertOf: first.id,
      user: { displayName: COORDINATOR },
      changes: [
        { field: "reportedValue", before: 1250, after: 1200 },
        { field: "verifiedValue", before: 1300, after: 1100 },
      ],
    });
  });

  it("refuses a stale version, the values the cell already holds, and an entry of another cell", async () => {
    const history = await coordinator.history.cell.query(cell());
    const entry = history.entries.find((candidate) => candidate.restorable)!;
    const stale = { ...cell(), entryId: entry.id, version: history.version! - 1 };
    expect(await refusal(coordinator.history.revert.mutate(stale))).toMatchObject({ code: "CONFLICT" });
    const current = history.entries[0]!;
    expect(
      await refusal(coordinator.history.revert.mutate({ ...cell(), entryId: current.id, version: history.version! })),
    ).toMatchObject({ code: "BAD_REQUEST", message: "Ô đang giữ đúng giá trị này, không có gì để khôi phục." });
    const otherCell = { ...cell(), unitId: h.seed.units["LCI-HOINONGDAN"] };
    expect(
      await refusal(coordinator.history.revert.mutate({ ...otherCell, entryId: entry.id, version: 1 })),
    ).toMatchObject({ code: "NOT_FOUND", message: "Ô này chưa có thay đổi nào để khôi phục." });
  });

  it("lets a unit user restore only its own self-assessment", async () => {
    const history = await unitUser.history.cell.query(cell());
    const selfAssessed = history.entries.find((entry) => entry.user?.displayName === UNIT_USER)!;
    const restored = await unitUser.history.revert.mutate({
      ...cell(),
      entryId: selfAssessed.id,
      version: history.version!,
    });
    expect(restored).toMatchObject({ reportedValue: 1250, verifiedValue: 1100 });
    const other = await h.as("donvi.hoinongdan");
    expect(
      await refusal(
        other.history.revert.mutate({ ...cell(), entryId: selfAssessed.id, version: history.version! + 1 }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("is refused once the quarter is locked, whose status change shows in the history", async () => {
    await coordinator.periods.setStatus.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      status: "LOCKED",
      reason: "Khóa để thử: các đơn vị còn lại thẩm định sau",
    });
    const history = await coordinator.history.cell.query(cell());
    expect(history.entries[0]).toMatchObject({
      kind: "period",
      // The lock's reason and how many units it left unverified are in the cell's history too.
      changes: [
        { field: "status", before: "OPEN", after: "LOCKED" },
        { field: "reason", before: null, after: "Khóa để thử: các đơn vị còn lại thẩm định sau" },
        { field: "unverified", before: null, after: 7 },
      ],
    });
    const entry = history.entries.find((candidate) => candidate.restorable)!;
    const audit = await h.database.prisma.auditLog.count();
    expect(
      await refusal(coordinator.history.revert.mutate({ ...cell(), entryId: entry.id, version: history.version! })),
    ).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "period.notOpen" });
    expect(await h.database.prisma.auditLog.count()).toBe(audit);
    await coordinator.periods.setStatus.mutate({
      blocId,
      year: 2025,
      quarter: 4,
      status: "OPEN",
      reason: REOPEN_REASON,
    });
  });
});

describe("audit.list filters", () => {
  it("narrows the bloc's log to a unit, a criterion, a person and a date range, naming each cell", async () => {
    const byUnit = await coordinator.audit.list.query({ blocId, unitId: tinhdoan });
    expect(byUnit.items).toHaveLength(5);
    expect(byUnit.items.every((item) => item.subject === null || item.subject.unitName === "Tỉnh đoàn Lào Cai")).toBe(
      true,
    );
    expect(byUnit.items[0]?.subject).toBeDefined();

    const byCriterion = await coordinator.audit.list.query({ blocId, criterionCode: "II.1" });
    expect(byCriterion.items.filter((item) => item.entity === "result")).toHaveLength(5);
    expect(byCriterion.items.every((item) => item.subject === null || item.subject.criterionCode === "II.1")).toBe(
      true,
    );

    const unitUserId = h.seed.users["donvi.tinhdoan"];
    const byPerson = await coordinator.audit.list.query({ blocId, userId: unitUserId });
    expect(byPerson.items.map((item) => [item.action, item.subject])).toEqual([
      ["revert", { unitName: "Tỉnh đoàn Lào Cai", criterionCode: "II.1", year: 2025, quarter: 4 }],
      ["update", { unitName: "Tỉnh đoàn Lào Cai", criterionCode: "II.1", year: 2025, quarter: 4 }],
    ]);

    const newest = (await coordinator.audit.list.query({ blocId, limit: 1 })).items[0]!.at;
    expect((await coordinator.audit.list.query({ blocId, from: new Date(newest.getTime() + 1) })).items).toEqual([]);
    const last = byUnit.items[0]!.at;
    const until = await coordinator.audit.list.query({ blocId, unitId: tinhdoan, to: last });
    expect(until.items.map((item) => item.id)).not.toContain(byUnit.items[0]!.id);
  });

  it("pages through a filtered log", async () => {
    const all = await coordinator.audit.list.query({ blocId, unitId: tinhdoan });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await coordinator.audit.list.query({ blocId, unitId: tinhdoan, limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it("offers the filters' choices to those who read the log, not to unit users", async () => {
    const choices = await (await h.as("lanhdao.laocai")).audit.filters.query({ blocId });
    expect(choices.units.map((unit) => unit.name)).toContain("Tỉnh đoàn Lào Cai");
    expect(choices.criterionCodes).toContain("II.1");
    expect(choices.people.map((person) => person.displayName)).toEqual(
      expect.arrayContaining([COORDINATOR, UNIT_USER]),
    );
    expect(await refusal(unitUser.audit.filters.query({ blocId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(unitUser.audit.list.query({ blocId, unitId: tinhdoan }))).toMatchObject({ code: "FORBIDDEN" });
  });
});
