import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { inferRouterOutputs } from "@trpc/server";
import type { Role } from "@thidua/db";
import { DEMO_PASSWORD } from "@thidua/db/seed";
import { translate } from "./i18n/translate";
import { FILES } from "./files/catalogue";
import { appRouter, type AppRouter } from "./root";
import { saveInputOf } from "./testing/criteria-input";
import { onboardingFile } from "./testing/onboarding-file";
import { createApiHarness, refusal, type ApiClient, type ApiHarness } from "./testing/harness";

/**
 * Who may call what, for every procedure of the API: the allowed call must succeed and every other
 * subject must be refused. The bloc under test is LCI-HUYEN; the subjects are demo accounts chosen
 * to sit just inside or just outside each rule.
 */

type Outputs = inferRouterOutputs<AppRouter>;
type CriteriaSetTree = NonNullable<Outputs["criteria"]["byBlocYear"]>;

/** The demo accounts (and the signed-out caller) the matrix is checked for. */
const SUBJECTS = {
  anonymous: { role: null, who: "not signed in" },
  admin: { role: "ADMIN", who: "administrator" },
  "dieuphoi.laocai": { role: "COORDINATOR", who: "coordinator of the bloc" },
  "dieuphoi.backan": { role: "COORDINATOR", who: "coordinator of another province's bloc" },
  "lanhdao.laocai": { role: "LEADER", who: "leader of the bloc's province" },
  "lanhdao.backan": { role: "LEADER", who: "leader of another province" },
  "donvi.batxat": { role: "UNIT", who: "user of a member unit" },
  "donvi.chodon": { role: "UNIT", who: "user of a unit outside the bloc" },
} as const satisfies Record<string, { role: Role | null; who: string }>;
type Subject = keyof typeof SUBJECTS;

const SIGNED_IN = Object.keys(SUBJECTS).filter((subject) => subject !== "anonymous") as Subject[];
const EVERYONE: Subject[] = ["anonymous", ...SIGNED_IN];
/** Who may read the bloc under test: admins, its coordinators, its province's leaders, its members' users. */
const READERS: Subject[] = ["admin", "dieuphoi.laocai", "lanhdao.laocai", "donvi.batxat"];
/** Readers who see every member's drafts, not only their own unit's. */
const DRAFT_READERS: Subject[] = ["admin", "dieuphoi.laocai", "lanhdao.laocai"];
const MANAGERS: Subject[] = ["admin", "dieuphoi.laocai"];
/** Managers, and the member unit for its own self-assessment. */
const WRITERS: Subject[] = [...MANAGERS, "donvi.batxat"];
const ADMINS: Subject[] = ["admin"];

interface CallContext {
  subject: Subject;
  /** A client of its own for the subject, for calls that would spoil the shared one (signing out). */
  fresh(): Promise<ApiClient>;
}

interface Rule<T = unknown> {
  allowed: Subject[];
  call(client: ApiClient, ctx: CallContext): Promise<T>;
  /** For calls that narrow what they return rather than refuse: which allowed subjects get to see `what`. */
  sees?: { what: string; to: Subject[]; in(result: T, subject: Subject): boolean };
}

/** Keeps each rule's result type for its `sees` check. */
const rule = <T>(definition: Rule<T>) => definition as Rule;

let h: ApiHarness;
let blocId: string;
let provinceId: string;
let batxat: string;
let criterionId: string;
let demoHash: string;
/** An account of its own for the account procedures to act on. */
let targetId: string;
/** A coordinator, a unit and a bloc that are no subject's, for the organisation procedures to act on. */
let matrixCoordinatorId: string;
let matrixUnitId: string;
let matrixBlocId: string;

beforeAll(async () => {
  h = await createApiHarness();
  blocId = h.seed.blocs["LCI-HUYEN"];
  provinceId = h.seed.units.LCI;
  batxat = h.seed.units["LCI-BATXAT"];
  criterionId = h.seed.criteria["LCI-HUYEN"][2025]!["II.1"]!;
  demoHash = (await h.database.prisma.user.findUniqueOrThrow({ where: { username: "admin" } })).passwordHash;
  targetId = (
    await h.database.prisma.user.create({
      data: {
        username: "matrix.target",
        displayName: "Tài khoản đích",
        role: "LEADER",
        provinceId,
        passwordHash: demoHash,
      },
    })
  ).id;
  const db = h.database.prisma;
  matrixCoordinatorId = (
    await db.user.create({
      data: {
        username: "matrix.coordinator",
        displayName: "Điều phối ma trận",
        role: "COORDINATOR",
        passwordHash: demoHash,
      },
    })
  ).id;
  matrixUnitId = (
    await db.unit.create({ data: { code: "LCI-X-ARCHIVE", name: "Xã Lưu Trữ", kind: "COMMUNE", parentId: provinceId } })
  ).id;
  matrixBlocId = (await db.bloc.create({ data: { code: "LCI-ARCHIVE", name: "Khối lưu trữ", provinceId } })).id;
  // Sign everyone in up front, so the cases time their call and not a password hash.
  await Promise.all(SIGNED_IN.map((subject) => h.as(subject)));
  // One earlier self-assessment per subject for history.revert to restore, each a value of its own.
  const manager = await admin();
  for (const [index, subject] of EVERYONE.entries()) {
    await manager.results.saveCell.mutate({
      ...revertedCell(),
      reportedValue: 500 + index,
      version: await cellVersion(),
    });
    revertEntries.set(subject, (await manager.history.cell.query(revertedCell())).entries[0]!.id);
  }
});

const revertedCell = () => ({ blocId, year: 2025, quarter: 3, unitId: batxat, criterionId });
const revertEntries = new Map<Subject, string>();
const cellVersion = async () =>
  (
    await h.database.prisma.result.findUnique({
      where: { criterionId_unitId_quarter: { criterionId, unitId: batxat, quarter: 3 } },
      select: { version: true },
    })
  )?.version ?? null;

afterAll(async () => {
  await h?.close();
});

const clientOf = (subject: Subject) => (subject === "anonymous" ? Promise.resolve(h.anonymous()) : h.as(subject));
const admin = () => h.as("admin");

let created = 0;
/** Codes and figures no earlier call used, so every allowed write really writes. */
const unique = () => ++created;

/** A workbook of one commune of Lào Cai no earlier call created. */
const newCommuneFile = async () =>
  (await onboardingFile({ units: [[`LCI-X-NHAP${unique()}`, "Xã Nhập Từ Tệp", "Xã", "LCI"]] })).toString("base64");

/** The year after the bloc's last: copying into it always has a source and never a clash. */
async function nextYear(table: "blocYear" | "criteriaSet") {
  const db = h.database.prisma;
  const where = { blocId };
  const last =
    table === "blocYear"
      ? await db.blocYear.aggregate({ where, _max: { year: true } })
      : await db.criteriaSet.aggregate({ where, _max: { year: true } });
  return (last._max.year ?? 2025) + 1;
}

/** The open quarter III/2025 (no period row yet) cell of Bát Xát that the writers write. */
async function cellChange(subject: Subject) {
  const stored = await h.database.prisma.result.findUnique({
    where: { criterionId_unitId_quarter: { criterionId, unitId: batxat, quarter: 3 } },
    select: { version: true },
  });
  const figure = 100 + unique();
  // A unit enters its self-assessment; managers enter the verified value.
  const value = SUBJECTS[subject].role === "UNIT" ? { reportedValue: figure } : { verifiedValue: figure };
  return { unitId: batxat, criterionId, version: stored?.version ?? null, ...value };
}

/** Bát Xát's sheet of quarter IV/2025 put in a state, its figures filled straight in the database (no audit row). */
async function sheetAt(unitId: string, state: "DRAFT" | "SUBMITTED", fill: { reported: boolean; verified?: boolean }) {
  const db = h.database.prisma;
  const setId = h.seed.criteriaSets["LCI-HUYEN"][2025];
  const criteria = await db.criterion.findMany({ where: { setId }, select: { id: true } });
  const figures = { reportedValue: fill.reported ? 1 : null, verifiedValue: fill.verified ? 1 : null };
  for (const criterion of criteria) {
    const key = { criterionId_unitId_quarter: { criterionId: criterion.id, unitId, quarter: 4 } };
    await db.result.upsert({
      where: key,
      create: { criterionId: criterion.id, unitId, quarter: 4, ...figures },
      update: figures,
    });
  }
  const blocYearId = h.seed.blocYears["LCI-HUYEN"][2025]!;
  const period = await db.period.upsert({
    where: { blocYearId_quarter: { blocYearId, quarter: 4 } },
    create: { blocYearId, quarter: 4 },
    update: {},
    select: { id: true },
  });
  await db.unitSheet.upsert({
    where: { periodId_unitId: { periodId: period.id, unitId } },
    create: { periodId: period.id, unitId, state },
    update: { state },
  });
}

/** A filled-in entry sheet to upload: the subject's own when it may download one, else the administrator's. */
async function sheetOf(subject: Subject, kind: "quarter" | "targets") {
  const path =
    kind === "quarter"
      ? `quarter-sheet.xlsx?bloc=${blocId}&year=2025&quarter=3`
      : `targets-sheet.xlsx?bloc=${blocId}&year=2025`;
  const own = subject === "anonymous" ? null : await h.download(subject, path);
  const response = own?.ok ? own : await h.download("admin", path);
  return Buffer.from(await response.arrayBuffer()).toString("base64");
}

/** The 2024 deliberation as the rules propose it, at the version stored now. */
async function dossierInput() {
  const current = await (await admin()).awards.dossier.query({ blocId, year: 2024 });
  return {
    blocId,
    year: 2024,
    version: current.saved?.version ?? null,
    meeting: {
      meetingAt: new Date(Date.UTC(2024, 11, 20, 8)),
      location: "Hội trường",
      chairName: "Nguyễn Văn Hùng",
      chairPosition: "Khối trưởng",
      secretaryName: "Lò Thị Mai",
      secretaryPosition: "Chuyên viên",
      attendees: "Đại diện 9 đơn vị.",
      voters: 9,
      minutesNumber: "01/BB-KTĐ",
      proposalNumber: "02/TTr-KTĐ",
      proposalDate: new Date(Date.UTC(2024, 11, 21)),
      addressee: "Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai",
      upperBody: "",
      place: "Lào Cai",
      signerName: "Nguyễn Văn Hùng",
    },
    nominees: current.proposal
      .filter((outcome) => outcome.awardCode !== null)
      .map((outcome) => ({
        unitId: outcome.unitId,
        awardCode: outcome.awardCode,
        reason: "",
        votesFor: 9,
        votesAgainst: 0,
        votesAbstain: 0,
      })),
  };
}

/** The 2025 covenant as criteria.save takes it back, at its current version. */
async function covenantInput() {
  const tree = (await (await admin()).criteria.byBlocYear.query({ blocId, year: 2025 })) as CriteriaSetTree;
  return saveInputOf(tree);
}

const MATRIX: Record<string, Rule> = {
  "auth.me": rule({
    allowed: EVERYONE,
    call: (client) => client.auth.me.query(),
    sees: { what: "their own account", to: SIGNED_IN, in: (me, subject) => me?.username === subject },
  }),
  "auth.login": rule({
    allowed: EVERYONE,
    // Signing in again as oneself keeps the shared client signed in as the same account.
    call: (client, { subject }) =>
      client.auth.login.mutate({ username: subject === "anonymous" ? "admin" : subject, password: DEMO_PASSWORD }),
  }),
  "auth.logout": rule({
    allowed: SIGNED_IN,
    call: async (_, { fresh }) => {
      const client = await fresh();
      await client.auth.logout.mutate();
      expect(await client.auth.me.query()).toBeNull();
    },
  }),

  "account.changePassword": rule({
    allowed: SIGNED_IN,
    call: async (client, { subject }) => {
      const changed = await client.account.changePassword.mutate({
        currentPassword: DEMO_PASSWORD,
        newPassword: "Mật khẩu riêng của ma trận 7",
      });
      // Back to the demo password, which the policy would refuse as too common.
      await h.database.prisma.user.update({ where: { username: subject }, data: { passwordHash: demoHash } });
      return changed;
    },
  }),
  "account.setLocale": rule({
    allowed: SIGNED_IN,
    call: (client) => client.account.setLocale.mutate({ locale: "vi" }),
  }),
  "account.sessions": rule({
    allowed: SIGNED_IN,
    call: (client) => client.account.sessions.query(),
    sees: {
      what: "only their own sessions",
      to: SIGNED_IN,
      in: (sessions) => sessions.some((session) => session.current),
    },
  }),
  "account.endSession": rule({
    allowed: SIGNED_IN,
    call: async (client, { fresh }) => {
      await fresh();
      const other = (await client.account.sessions.query()).find((session) => !session.current);
      return client.account.endSession.mutate({ sessionId: other?.id ?? "none" });
    },
  }),
  "account.endOtherSessions": rule({
    allowed: SIGNED_IN,
    call: async (client, { fresh }) => {
      await fresh();
      const { ended } = await client.account.endOtherSessions.mutate();
      expect(ended).toBeGreaterThan(0);
    },
  }),

  // Accounts are the administrators' alone: nobody else sees another account or gives one a role.
  "accounts.list": rule({
    allowed: ADMINS,
    call: (client) => client.accounts.list.query({}),
  }),
  "accounts.byId": rule({
    allowed: ADMINS,
    call: (client) => client.accounts.byId.query({ id: targetId }),
  }),
  "accounts.create": rule({
    allowed: ADMINS,
    call: (client) =>
      client.accounts.create.mutate({
        username: `matrix.${unique()}`,
        displayName: "Tài khoản ma trận",
        role: "LEADER",
        provinceId,
      }),
  }),
  "accounts.update": rule({
    allowed: ADMINS,
    call: (client) => client.accounts.update.mutate({ id: targetId, displayName: `Tài khoản đích ${unique()}` }),
  }),
  "accounts.setActive": rule({
    allowed: ADMINS,
    call: async (client) => {
      const { active } = await h.database.prisma.user.findUniqueOrThrow({ where: { id: targetId } });
      return client.accounts.setActive.mutate({ id: targetId, active: !active });
    },
  }),
  "accounts.resetPassword": rule({
    allowed: ADMINS,
    call: (client) => client.accounts.resetPassword.mutate({ id: targetId }),
  }),
  "accounts.endSession": rule({
    allowed: ADMINS,
    call: async (client) => {
      const session = await h.database.prisma.session.create({
        data: { tokenHash: `matrix-${unique()}`, userId: targetId, expiresAt: new Date(Date.now() + 3600_000) },
      });
      return client.accounts.endSession.mutate({ id: targetId, sessionId: session.id });
    },
  }),
  "accounts.unlock": rule({
    allowed: ADMINS,
    call: (client) => client.accounts.unlock.mutate({ id: targetId }),
  }),

  "units.list": rule({
    allowed: READERS,
    call: (client) => client.units.list.query({ provinceId }),
  }),
  "units.provinces": rule({
    allowed: SIGNED_IN,
    call: (client) => client.units.provinces.query(),
    sees: { what: "Lào Cai", to: READERS, in: (provinces) => provinces.some((unit) => unit.id === provinceId) },
  }),
  "units.create": rule({
    allowed: ADMINS,
    call: (client) =>
      client.units.create.mutate({
        code: `LCI-X-MATRIX${unique()}`,
        name: "Xã Ma Trận",
        kind: "COMMUNE",
        parentId: provinceId,
      }),
  }),
  "units.update": rule({
    allowed: ADMINS,
    // Renaming a member would change how refusals name its cells, so the name is written back unchanged.
    call: (client) => client.units.update.mutate({ id: batxat, name: "Huyện Bát Xát" }),
  }),

  "units.setArchived": rule({
    allowed: ADMINS,
    call: async (client) => {
      const unit = await h.database.prisma.unit.findUniqueOrThrow({ where: { id: matrixUnitId } });
      return client.units.setArchived.mutate({ id: matrixUnitId, archived: unit.archivedAt === null });
    },
  }),
  "organisation.province": rule({
    allowed: ADMINS,
    call: (client) => client.organisation.province.query({ provinceId }),
  }),

  "onboarding.template": rule({
    allowed: ADMINS,
    call: (client) => client.onboarding.template.query(),
  }),
  "onboarding.preview": rule({
    allowed: ADMINS,
    call: async (client) => client.onboarding.preview.mutate({ file: await newCommuneFile() }),
  }),
  "onboarding.commit": rule({
    allowed: ADMINS,
    call: async (client) => {
      const file = await newCommuneFile();
      const { planHash } = await (await admin()).onboarding.preview.mutate({ file });
      return client.onboarding.commit.mutate({ file, planHash });
    },
  }),

  "blocs.list": rule({
    allowed: SIGNED_IN,
    call: (client) => client.blocs.list.query({}),
    sees: { what: "the bloc", to: READERS, in: (blocs) => blocs.some((bloc) => bloc.id === blocId) },
  }),
  "blocs.byId": rule({
    allowed: READERS,
    call: (client) => client.blocs.byId.query({ id: blocId }),
  }),
  "blocs.create": rule({
    allowed: ADMINS,
    call: (client) =>
      client.blocs.create.mutate({ code: `LCI-MATRIX${unique()}`, name: "Cụm thi đua ma trận", provinceId }),
  }),
  "blocs.update": rule({
    allowed: ADMINS,
    call: (client) => client.blocs.update.mutate({ id: blocId, description: `Mô tả ${unique()}` }),
  }),
  "blocs.setArchived": rule({
    allowed: ADMINS,
    call: async (client) => {
      const bloc = await h.database.prisma.bloc.findUniqueOrThrow({ where: { id: matrixBlocId } });
      return client.blocs.setArchived.mutate({ id: matrixBlocId, archived: bloc.archivedAt === null });
    },
  }),
  // Coordinators are given their blocs by administrators: a coordinator touches no bloc's coordinators, not even their own.
  "blocs.assignCoordinator": rule({
    allowed: ADMINS,
    call: (client) => client.blocs.assignCoordinator.mutate({ blocId, userId: matrixCoordinatorId }),
  }),
  "blocs.removeCoordinator": rule({
    allowed: ADMINS,
    call: async (client) => {
      await h.database.prisma.blocCoordinator.upsert({
        where: { userId_blocId: { userId: matrixCoordinatorId, blocId } },
        create: { userId: matrixCoordinatorId, blocId },
        update: {},
      });
      return client.blocs.removeCoordinator.mutate({ blocId, userId: matrixCoordinatorId });
    },
  }),
  "blocs.year": rule({
    allowed: READERS,
    call: (client) => client.blocs.year.query({ blocId, year: 2025 }),
  }),
  "blocs.saveYear": rule({
    allowed: MANAGERS,
    call: async (client) => {
      const year = await (await admin()).blocs.year.query({ blocId, year: 2025 });
      return client.blocs.saveYear.mutate({
        blocId,
        year: 2025,
        version: year.version,
        memberUnitIds: year.members.map((member) => member.unitId),
        headUnitId: year.head?.unitId ?? null,
        deputyUnitId: year.deputy?.unitId ?? null,
      });
    },
  }),
  "blocs.copyYear": rule({
    allowed: MANAGERS,
    call: async (client) => client.blocs.copyYear.mutate({ blocId, year: await nextYear("blocYear") }),
  }),

  "periods.list": rule({
    allowed: READERS,
    call: (client) => client.periods.list.query({ blocId, year: 2025 }),
  }),
  "periods.setStatus": rule({
    allowed: MANAGERS,
    // Quarter IV/2024 goes from published to open (with the reason a reopening needs) and back to locked: every
    // member was verified and the quarters before it are published. Quarter III/2025 stays open for the writers.
    call: async (client) => {
      const period = await h.database.prisma.period.findFirst({
        where: { blocYear: { blocId, year: 2024 }, quarter: 4 },
        select: { status: true },
      });
      const quarter = { blocId, year: 2024, quarter: 4 };
      return period?.status === "OPEN"
        ? client.periods.setStatus.mutate({ ...quarter, status: "LOCKED" })
        : client.periods.setStatus.mutate({ ...quarter, status: "OPEN", reason: "Kiểm tra quyền" });
    },
  }),
  "periods.setDeadline": rule({
    allowed: MANAGERS,
    call: (client) => client.periods.setDeadline.mutate({ blocId, year: 2025, quarter: 4, deadline: "2026-01-10" }),
  }),

  // Sheets of quarter IV/2025, which nothing else here writes: each call first puts the sheet where its step starts.
  "sheets.completeness": rule({
    allowed: DRAFT_READERS,
    call: (client) => client.sheets.completeness.query({ blocId, year: 2025, quarter: 3 }),
  }),
  "sheets.submit": rule({
    allowed: ["donvi.batxat"],
    call: async (client) => {
      await sheetAt(batxat, "DRAFT", { reported: true });
      return client.sheets.submit.mutate({ blocId, year: 2025, quarter: 4 });
    },
  }),
  "sheets.return": rule({
    allowed: MANAGERS,
    call: async (client) => {
      await sheetAt(batxat, "SUBMITTED", { reported: true });
      return client.sheets.return.mutate({ blocId, year: 2025, quarter: 4, unitId: batxat, remarks: "Bổ sung" });
    },
  }),
  "sheets.verify": rule({
    allowed: MANAGERS,
    call: async (client) => {
      await sheetAt(batxat, "SUBMITTED", { reported: true, verified: true });
      return client.sheets.verify.mutate({ blocId, year: 2025, quarter: 4, unitId: batxat });
    },
  }),

  "criteria.byBlocYear": rule({
    allowed: READERS,
    call: (client) => client.criteria.byBlocYear.query({ blocId, year: 2025 }),
  }),
  "criteria.save": rule({
    allowed: MANAGERS,
    call: async (client) => client.criteria.save.mutate(await covenantInput()),
  }),
  "criteria.copyFromYear": rule({
    allowed: MANAGERS,
    call: async (client) =>
      client.criteria.copyFromYear.mutate({ blocId, year: await nextYear("criteriaSet"), sourceYear: 2025 }),
  }),

  "targets.list": rule({
    allowed: READERS,
    call: (client) => client.targets.list.query({ blocId, year: 2025 }),
    sees: { what: "other members' targets", to: DRAFT_READERS, in: (grid) => grid.units.length > 1 },
  }),
  "targets.save": rule({
    allowed: MANAGERS,
    call: async (client) => {
      const target = await h.database.prisma.target.findFirstOrThrow({
        where: { unitId: batxat, criterion: { setId: h.seed.criteriaSets["LCI-HUYEN"][2025] } },
        select: { criterionId: true, value: true, version: true },
        orderBy: { criterionId: "asc" },
      });
      // The target's own value: quarters I and II of 2025 are published, so a new value would be refused.
      const value = Number(target.value);
      const cell = { unitId: batxat, criterionId: target.criterionId, value, version: target.version };
      return client.targets.save.mutate({ blocId, year: 2025, cells: [cell] });
    },
  }),

  "results.grid": rule({
    allowed: READERS,
    call: (client) => client.results.grid.query({ blocId, year: 2025, quarter: 3 }),
    sees: {
      what: "other members' rows of an open quarter",
      to: DRAFT_READERS,
      in: (grid) => grid.members.some((unit) => unit.id !== batxat),
    },
  }),
  "results.sheet": rule({
    allowed: READERS,
    call: (client) => client.results.sheet.query({ blocId, year: 2025, quarter: 3 }),
    sees: {
      what: "other members' rows of an open quarter",
      to: DRAFT_READERS,
      in: (sheet) => sheet.grid.members.some((unit) => unit.id !== batxat),
    },
  }),
  "results.saveGrid": rule({
    allowed: WRITERS,
    call: async (client, { subject }) =>
      client.results.saveGrid.mutate({ blocId, year: 2025, quarter: 3, cells: [await cellChange(subject)] }),
  }),
  "results.saveCell": rule({
    allowed: WRITERS,
    call: async (client, { subject }) =>
      client.results.saveCell.mutate({ blocId, year: 2025, quarter: 3, ...(await cellChange(subject)) }),
  }),
  "evidence.sheet": rule({
    allowed: READERS,
    call: (client) => client.evidence.sheet.query({ blocId, year: 2025, quarter: 3, unitId: batxat }),
  }),
  "evidence.addLink": rule({
    allowed: WRITERS,
    call: (client) =>
      client.evidence.addLink.mutate({
        blocId,
        year: 2025,
        quarter: 3,
        unitId: batxat,
        criterionId,
        url: `https://laocai.gov.vn/minh-chung-${unique()}.pdf`,
      }),
  }),
  "evidence.remove": rule({
    allowed: WRITERS,
    call: async (client) => {
      const { id } = await h.database.prisma.evidence.create({
        data: { criterionId, unitId: batxat, quarter: 3, kind: "LINK", name: "x", url: "https://laocai.gov.vn/x" },
      });
      return client.evidence.remove.mutate({ id });
    },
  }),

  "rankings.bloc": rule({
    // Quarter II/2025 is published, so the member unit may see the ranking.
    allowed: READERS,
    call: (client) => client.rankings.bloc.query({ blocId, year: 2025, quarter: 2 }),
  }),
  "rankings.matrix": rule({
    allowed: READERS,
    call: (client) => client.rankings.matrix.query({ blocId, year: 2025, quarter: 2 }),
  }),

  "rankings.trend": rule({
    // Quarter III/2025 is open: the member unit sees the published quarters before it.
    allowed: READERS,
    call: (client) => client.rankings.trend.query({ blocId, year: 2025, quarter: 3 }),
  }),

  "insights.trend": rule({
    allowed: READERS,
    call: (client) => client.insights.trend.query({ unitId: batxat, fromYear: 2024, toYear: 2025 }),
  }),
  "insights.compare": rule({
    allowed: READERS,
    call: (client) => client.insights.compare.query({ unitId: batxat, year: 2025, quarter: 2 }),
  }),
  "insights.province": rule({
    // Coordinators get their own blocs of a province they work in; unit users compare within their bloc instead.
    allowed: DRAFT_READERS,
    call: (client) => client.insights.province.query({ provinceId, year: 2025, quarter: 2 }),
    sees: {
      what: "the bloc",
      to: DRAFT_READERS,
      in: (overview) => overview.blocs.some((bloc) => bloc.blocId === blocId),
    },
  }),

  "insights.overview": rule({
    allowed: DRAFT_READERS,
    call: (client) => client.insights.overview.query({ provinceId, year: 2025, quarter: 2 }),
    sees: {
      what: "the bloc",
      to: DRAFT_READERS,
      in: (page) => page.overview?.blocs.some((bloc) => bloc.blocId === blocId) === true,
    },
  }),

  // Reading an uploaded sheet writes nothing, but only those who may enter figures may ask.
  "imports.quarter": rule({
    allowed: WRITERS,
    call: async (client, { subject }) =>
      client.imports.quarter.mutate({ blocId, year: 2025, quarter: 3, file: await sheetOf(subject, "quarter") }),
  }),
  "imports.targets": rule({
    allowed: MANAGERS,
    call: async (client, { subject }) =>
      client.imports.targets.mutate({ blocId, year: 2025, file: await sheetOf(subject, "targets") }),
  }),

  // The year's award rules belong to the covenant; the deliberation is the bloc's managers' and leaders' business.
  "awards.rules": rule({
    allowed: READERS,
    call: (client) => client.awards.rules.query({ blocId, year: 2025 }),
  }),
  "awards.saveRules": rule({
    allowed: MANAGERS,
    call: async (client) => {
      const current = await (await admin()).awards.rules.query({ blocId, year: 2025 });
      return client.awards.saveRules.mutate({ blocId, year: 2025, version: current.setVersion, rules: current.rules });
    },
  }),
  "awards.dossier": rule({
    allowed: DRAFT_READERS,
    call: (client) => client.awards.dossier.query({ blocId, year: 2024 }),
  }),
  "awards.saveDossier": rule({
    allowed: MANAGERS,
    call: async (client) => client.awards.saveDossier.mutate(await dossierInput()),
  }),

  // Who changed what: for those who manage the bloc and the province's leaders, not for unit users.
  "audit.list": rule({
    allowed: DRAFT_READERS,
    call: (client) => client.audit.list.query({ blocId, limit: 5, unitId: batxat, criterionCode: "II.1" }),
  }),
  "audit.filters": rule({
    allowed: DRAFT_READERS,
    call: (client) => client.audit.filters.query({ blocId }),
  }),

  "history.cell": rule({
    // A unit user reads its own unit's cells; the other unit is outside the bloc.
    allowed: READERS,
    call: (client) => client.history.cell.query({ blocId, year: 2025, quarter: 3, unitId: batxat, criterionId }),
  }),
  "history.revert": rule({
    allowed: WRITERS,
    call: async (client, { subject }) =>
      client.history.revert.mutate({
        ...revertedCell(),
        entryId: revertEntries.get(subject)!,
        version: (await cellVersion())!,
      }),
  }),
};

// At run time tRPC keeps every procedure by its dotted path ("results.saveGrid"); the type only knows the nesting.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" } }>;

describe("the access matrix", () => {
  it("covers every procedure of the router, and only those", () => {
    const uncovered = Object.keys(procedures).filter((path) => !(path in MATRIX));
    const stale = Object.keys(MATRIX).filter((path) => !(path in procedures));
    expect({ uncovered, stale }, "add new procedures to MATRIX, remove gone ones").toEqual({
      uncovered: [],
      stale: [],
    });
  });
});

describe.each(Object.entries(MATRIX))("%s", (path, { allowed, call, sees }) => {
  const writes = procedures[path]?._def.type === "mutation";

  const cases = EVERYONE.map(
    (subject) => [allowed.includes(subject) ? "allows" : "refuses", subject, SUBJECTS[subject].who] as const,
  );

  it.each(cases)("%s %s (%s)", async (_, subject) => {
    const client = await clientOf(subject);
    const ctx: CallContext = {
      subject,
      fresh: () => (subject === "anonymous" ? Promise.resolve(h.anonymous()) : h.signIn(subject)),
    };

    if (allowed.includes(subject)) {
      const result = await call(client, ctx);
      if (sees) expect(sees.in(result, subject), `sees ${sees.what}`).toBe(sees.to.includes(subject));
      return;
    }

    const auditRows = await h.changesOnRecord();
    const refused = await refusal(call(client, ctx));
    if (subject === "anonymous") {
      expect(refused).toMatchObject({ code: "UNAUTHORIZED", messageKey: "auth.required" });
    } else {
      const leaderWrite = writes && SUBJECTS[subject].role === "LEADER";
      expect(refused).toMatchObject({
        code: "FORBIDDEN",
        messageKey: leaderWrite ? "auth.readOnly" : "auth.forbidden",
      });
    }
    // A refused write leaves no trace.
    expect(await h.changesOnRecord()).toBe(auditRows);
  });
});

/**
 * Downloads are not procedures but GET /files/<name>: each file is in this matrix too, for every
 * subject, with the same rules as the data it shows. Entry sheets are for those who enter figures.
 */
/** The award documents need a recorded deliberation: the administrator records it once. */
let recorded: Promise<unknown> | undefined;
const recordDossier = async () => (recorded ??= (await admin()).awards.saveDossier.mutate(await dossierInput()));

const FILE_MATRIX: Record<
  string,
  { allowed: Subject[]; query: () => string; entry?: boolean; before?: () => Promise<unknown> }
> = {
  "ranking.xlsx": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2` },
  "ranking.csv": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2` },
  "heat-map.xlsx": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2` },
  "heat-map.csv": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2` },
  "trend.xlsx": { allowed: READERS, query: () => `unit=${batxat}` },
  "trend.csv": { allowed: READERS, query: () => `unit=${batxat}` },
  "briefing.pdf": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2` },
  "province-briefing.pdf": { allowed: DRAFT_READERS, query: () => `province=${provinceId}&year=2025&quarter=2` },
  "quarter-sheet.xlsx": { allowed: WRITERS, query: () => `bloc=${blocId}&year=2025&quarter=3`, entry: true },
  "targets-sheet.xlsx": { allowed: MANAGERS, query: () => `bloc=${blocId}&year=2025`, entry: true },
  "award-minutes.docx": { allowed: DRAFT_READERS, query: () => `bloc=${blocId}&year=2024`, before: recordDossier },
  "award-minutes.pdf": { allowed: DRAFT_READERS, query: () => `bloc=${blocId}&year=2024`, before: recordDossier },
  "award-proposal.docx": { allowed: DRAFT_READERS, query: () => `bloc=${blocId}&year=2024`, before: recordDossier },
  "award-proposal.pdf": { allowed: DRAFT_READERS, query: () => `bloc=${blocId}&year=2024`, before: recordDossier },
  // A published quarter's report: whoever may read the bloc's published figures.
  "self-assessment.docx": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2&unit=${batxat}` },
  "self-assessment.pdf": { allowed: READERS, query: () => `bloc=${blocId}&year=2025&quarter=2&unit=${batxat}` },
};

describe("the download matrix", () => {
  it("covers every file the API serves, and only those", () => {
    expect(Object.keys(FILE_MATRIX).sort()).toEqual(Object.keys(FILES).sort());
  });

  describe.each(Object.entries(FILE_MATRIX))("%s", (name, { allowed, query, entry, before }) => {
    const cases = EVERYONE.map(
      (subject) => [allowed.includes(subject) ? "allows" : "refuses", subject, SUBJECTS[subject].who] as const,
    );
    it.each(cases)("%s %s (%s)", async (verdict, subject) => {
      await before?.();
      const response = await h.download(subject === "anonymous" ? null : subject, `${name}?${query()}`);
      if (verdict === "allows") {
        expect(response.status).toBe(200);
        expect(response.headers.get("content-disposition")).toMatch(
          /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
        );
        return;
      }
      const { error } = (await response.json()) as { error: { code: string; messageKey: string } };
      if (subject === "anonymous") {
        expect(error).toMatchObject({ code: "UNAUTHORIZED", messageKey: "auth.required" });
        return;
      }
      const leaderEntry = entry && SUBJECTS[subject].role === "LEADER";
      expect(error).toMatchObject({ code: "FORBIDDEN", messageKey: leaderEntry ? "auth.readOnly" : "auth.forbidden" });
      expect(response.status).toBe(403);
    });
  });
});

/**
 * Evidence files are not procedures either: POST /evidence uploads and GET /evidence/<id> downloads,
 * for every subject, under the rules of the cell they belong to (Bát Xát's open quarter III/2025).
 */
describe("the evidence route matrix", () => {
  const pdf = () => new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"));
  const uploadPath = () =>
    `?bloc=${blocId}&year=2025&quarter=3&unit=${batxat}&criterion=${criterionId}&name=${encodeURIComponent("Báo cáo.pdf")}`;
  const routes = {
    upload: {
      allowed: WRITERS,
      send: (subject: Subject) =>
        h.evidence(subject === "anonymous" ? null : subject, uploadPath(), {
          method: "POST",
          headers: { "content-type": "application/octet-stream" },
          body: pdf(),
        }),
      ok: 201,
    },
    download: {
      allowed: READERS,
      send: async (subject: Subject) => {
        const stored = await h.database.prisma.evidence.create({
          data: {
            criterionId,
            unitId: batxat,
            quarter: 3,
            kind: "FILE",
            name: "Báo cáo.pdf",
            contentType: "application/pdf",
            size: pdf().byteLength,
            chunks: { create: [{ position: 0, bytes: pdf() }] },
          },
        });
        return h.evidence(subject === "anonymous" ? null : subject, `/${stored.id}`);
      },
      ok: 200,
    },
  };
  describe.each(Object.entries(routes))("%s", (_, { allowed, send, ok }) => {
    const cases = EVERYONE.map(
      (subject) => [allowed.includes(subject) ? "allows" : "refuses", subject, SUBJECTS[subject].who] as const,
    );
    it.each(cases)("%s %s (%s)", async (verdict, subject) => {
      const response = await send(subject);
      if (verdict === "allows") {
        expect(response.status).toBe(ok);
        return;
      }
      const { error } = (await response.json()) as { error: { code: string; messageKey: string } };
      if (subject === "anonymous") {
        expect(error).toMatchObject({ code: "UNAUTHORIZED", messageKey: "auth.required" });
        return;
      }
      const leaderWrite = ok === 201 && SUBJECTS[subject].role === "LEADER";
      expect(error).toMatchObject({ code: "FORBIDDEN", messageKey: leaderWrite ? "auth.readOnly" : "auth.forbidden" });
    });
  });
});

/** Rules finer than "may call": what the member unit may do inside a procedure it may call. */
describe("the member unit's limits", () => {
  it("enters only its own self-assessment, and only in an open quarter", async () => {
    const unit = await h.as("donvi.batxat");
    const cell = { blocId, year: 2025, criterionId, version: null };
    const verify = await refusal(
      unit.results.saveCell.mutate({ ...cell, quarter: 3, unitId: batxat, verifiedValue: 1 }),
    );
    expect(verify).toMatchObject({ code: "BAD_REQUEST", messageKey: "grid.invalidCells" });
    expect(verify.message).toContain(`Huyện Bát Xát – II.1: ${translate("cell.unitCannotVerify", "vi")}`);

    const sapa = h.seed.units["LCI-SAPA"];
    const otherUnit = await refusal(
      unit.results.saveCell.mutate({ ...cell, quarter: 3, unitId: sapa, reportedValue: 1 }),
    );
    expect(otherUnit).toMatchObject({ code: "BAD_REQUEST", messageKey: "grid.invalidCells" });
    expect(otherUnit.message).toContain(`Thị xã Sa Pa – II.1: ${translate("cell.otherUnit", "vi")}`);

    const published = await refusal(
      unit.results.saveCell.mutate({ ...cell, quarter: 2, unitId: batxat, reportedValue: 1 }),
    );
    expect(published).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "period.notOpen" });
  });

  it("sees rankings and comparisons of published quarters only", async () => {
    const unit = await h.as("donvi.batxat");
    const notPublished = { code: "FORBIDDEN", messageKey: "period.notPublished" };
    expect(await refusal(unit.rankings.bloc.query({ blocId, year: 2025, quarter: 3 }))).toMatchObject(notPublished);
    expect(await refusal(unit.insights.compare.query({ unitId: batxat, year: 2025, quarter: 3 }))).toMatchObject(
      notPublished,
    );
    const trend = await unit.insights.trend.query({ unitId: batxat, fromYear: 2025, toYear: 2025 });
    expect(trend.points.map((point) => point.quarter)).toEqual([1, 2]);
  });

  it("sees every member's row of a published quarter", async () => {
    const grid = await (await h.as("donvi.batxat")).results.grid.query({ blocId, year: 2025, quarter: 2 });
    expect(grid.members).toHaveLength(9);
    expect(grid.editableUnitIds).toEqual([]);
  });
});
