import { codeKey, textProblem, type TextKind } from "@thidua/core";
import type { PrismaClient, Role, UnitKind } from "@thidua/db";
import { usernameKey } from "../auth/username";
import type { Locale } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import { translate, type MessageParams } from "../i18n/translate";
import { textProblemKey } from "../schemas";
import type { SheetRow, Workbook } from "./read";
import { KIND_LABELS, labelled, LEADERSHIP_LABELS, ROLE_LABELS, SHEETS, type SheetKey } from "./sheets";

export type RowStatus = "create" | "update" | "unchanged" | "refused";

/** What the preview says of one row of the file. */
export interface PlannedRow {
  sheet: SheetKey;
  row: number;
  /** The row's code or username, to find it in the file. */
  key: string;
  status: RowStatus;
  /** Why the row is refused, in the reader's language. */
  reasons: string[];
}

export interface UnitWrite {
  code: string;
  name: string;
  kind: UnitKind;
  provinceCode: string | null;
  existingId: string | null;
}
export interface BlocWrite {
  code: string;
  name: string;
  description: string | null;
  provinceCode: string;
  existingId: string | null;
}
export interface BlocYearWrite {
  blocCode: string;
  year: number;
  /** New members, in the order of the file. */
  joining: string[];
  head: string | null;
  deputy: string | null;
}
export interface AccountWrite {
  username: string;
  displayName: string;
  role: Role;
  scopeCodes: string[];
  existingId: string | null;
}

export interface Plan {
  rows: PlannedRow[];
  units: UnitWrite[];
  blocs: BlocWrite[];
  blocYears: BlocYearWrite[];
  accounts: AccountWrite[];
}

const LIMITS = { code: 32, username: 64, name: 200, blocName: 300, description: 2000 } as const;

/** Collects the reasons of one row, translated as they are found. */
class RowCheck {
  readonly reasons: string[] = [];
  constructor(
    private readonly locale: Locale,
    private readonly sheet: SheetKey,
  ) {}

  refuse(key: MessageKey, params: MessageParams = {}) {
    this.reasons.push(translate(key, this.locale, params));
  }

  private label(column: string) {
    return (SHEETS[this.sheet].columns as Record<string, { label: string }>)[column]?.label ?? column;
  }

  /** A text cell checked as the API's input schemas check typed text; null when refused or empty. */
  text(value: string, column: string, kind: TextKind, max: number, required = true): string | null {
    if (value === "") {
      if (required) this.refuse("onboarding.required", { column: this.label(column) });
      return null;
    }
    const problem = textProblem(value, kind);
    if (problem) {
      this.refuse("onboarding.text", {
        column: this.label(column),
        problem: translate(textProblemKey(problem), this.locale),
      });
      return null;
    }
    if ([...value].length > max) {
      this.refuse("onboarding.tooLong", { column: this.label(column), max });
      return null;
    }
    return value;
  }

  code(value: string, column: string, required = true): string | null {
    const text = this.text(value, column, "code", LIMITS.code, required);
    return text === null ? null : codeKey(text);
  }

  choice<T extends string>(value: string, column: string, labels: Record<T, readonly string[]>): T | null {
    if (value === "") {
      this.refuse("onboarding.required", { column: this.label(column) });
      return null;
    }
    const chosen = labelled(labels, value);
    if (!chosen) {
      const choices = Object.values<readonly string[]>(labels)
        .map((names) => names[0])
        .join(", ");
      this.refuse("onboarding.unknownChoice", { column: this.label(column), value, choices });
    }
    return chosen;
  }
}

/** Rows sharing a key: each is refused, naming the others. */
function duplicates<T>(rows: T[], keyOf: (row: T) => string | null, rowOf: (row: T) => number) {
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), rowOf(row)]);
  }
  return new Map([...byKey].filter(([, numbers]) => numbers.length > 1));
}

/**
 * What applying the workbook would do, row by row, checked against the database and the file
 * itself. Rows refer to each other by code (a unit to its province, a member to its bloc and
 * unit, an account to its scope); a refused row counts as absent for the rows that refer to it.
 */
export async function planWorkbook(
  prisma: PrismaClient,
  workbook: Workbook,
  locale: Locale,
  actorId: string,
): Promise<Plan> {
  const plan: Plan = { rows: [], units: [], blocs: [], blocYears: [], accounts: [] };
  const push = <K extends SheetKey>(sheet: K, row: SheetRow<K>, key: string, status: RowStatus, check: RowCheck) =>
    plan.rows.push({
      sheet,
      row: row.row,
      key,
      status: check.reasons.length > 0 ? "refused" : status,
      reasons: check.reasons,
    });
  const checkFor = (sheet: SheetKey) => new RowCheck(locale, sheet);
  const dupText = (what: MessageKey, code: string, rows: number[]) => ({
    what: translate(what, locale),
    code,
    rows: rows.join(", "),
  });

  // Units: provinces and member units.
  const unitCodes = workbook.units.map((row) => (row.cells.code ? codeKey(row.cells.code) : null));
  const existingUnits = await prisma.unit.findMany({
    where: {
      code: {
        in: [
          ...unitCodes.filter((code): code is string => code !== null),
          ...workbook.units.map((row) => codeKey(row.cells.province)),
          ...workbook.blocs.map((row) => codeKey(row.cells.province)),
          ...workbook.members.map((row) => codeKey(row.cells.unit)),
          ...workbook.accounts.flatMap((row) => row.cells.scope.split(/[,;\n]/).map(codeKey)),
        ],
      },
    },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      archivedAt: true,
      parent: { select: { code: true, name: true } },
    },
  });
  const unitInDb = new Map(existingUnits.map((unit) => [unit.code, unit]));
  const repeatedUnits = duplicates(
    workbook.units,
    (row) => (row.cells.code ? codeKey(row.cells.code) : null),
    (row) => row.row,
  );

  const unitChecks = workbook.units.map((row) => {
    const check = checkFor("units");
    const code = check.code(row.cells.code, "code");
    const name = check.text(row.cells.name, "name", "line", LIMITS.name);
    const kind = check.choice(row.cells.kind, "kind", KIND_LABELS);
    const provinceCode = check.code(row.cells.province, "province", false);
    if (code && repeatedUnits.has(code))
      check.refuse("onboarding.duplicate", dupText("onboarding.what.unit", code, repeatedUnits.get(code) ?? []));
    return { row, check, code, name, kind, provinceCode };
  });
  // Provinces of the file that will exist once applied.
  const provincesInFile = new Set(
    unitChecks
      .filter((unit) => unit.kind === "PROVINCE" && unit.check.reasons.length === 0 && unit.code)
      .map((unit) => unit.code as string),
  );
  const isProvince = (code: string) =>
    provincesInFile.has(code) || (unitInDb.get(code)?.kind === "PROVINCE" && !unitInDb.get(code)?.archivedAt);

  const unitsInFile = new Map<string, { kind: UnitKind; provinceCode: string | null }>();
  for (const unit of unitChecks) {
    const { row, check, code, name, kind, provinceCode } = unit;
    if (kind === "PROVINCE" && provinceCode) check.refuse("onboarding.provinceInProvince");
    if (kind && kind !== "PROVINCE") {
      if (!provinceCode) check.refuse("onboarding.required", { column: SHEETS.units.columns.province.label });
      else if (!isProvince(provinceCode)) check.refuse("onboarding.unknownProvince", { code: provinceCode });
    }
    const existing = code ? unitInDb.get(code) : undefined;
    if (existing?.archivedAt) check.refuse("onboarding.archived", { name: existing.name });
    const parentCode = kind === "PROVINCE" ? null : provinceCode;
    if (existing && kind && existing.parent?.code !== (parentCode ?? undefined) && (existing.parent || parentCode)) {
      check.refuse("onboarding.moveProvince", { code: existing.code, province: existing.parent?.name ?? "—" });
    }
    const changed = existing && (existing.name !== name || existing.kind !== kind);
    push("units", row, code ?? row.cells.code, existing ? (changed ? "update" : "unchanged") : "create", check);
    if (check.reasons.length === 0 && code && name && kind) {
      unitsInFile.set(code, { kind, provinceCode: parentCode });
      if (!existing || changed)
        plan.units.push({ code, name, kind, provinceCode: parentCode, existingId: existing?.id ?? null });
    }
  }
  const unitProvince = (code: string): string | null | undefined => {
    if (unitsInFile.has(code)) return unitsInFile.get(code)?.provinceCode;
    const unit = unitInDb.get(code);
    return unit ? (unit.parent?.code ?? null) : undefined;
  };

  // Blocs.
  const blocCodes = [
    ...workbook.blocs.map((row) => codeKey(row.cells.code)),
    ...workbook.members.map((row) => codeKey(row.cells.bloc)),
    ...workbook.accounts.flatMap((row) => row.cells.scope.split(/[,;\n]/).map(codeKey)),
  ];
  const existingBlocs = await prisma.bloc.findMany({
    where: { code: { in: blocCodes } },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      archivedAt: true,
      province: { select: { code: true, name: true } },
    },
  });
  const blocInDb = new Map(existingBlocs.map((bloc) => [bloc.code, bloc]));
  const repeatedBlocs = duplicates(
    workbook.blocs,
    (row) => (row.cells.code ? codeKey(row.cells.code) : null),
    (row) => row.row,
  );
  const blocsInFile = new Map<string, { provinceCode: string }>();
  for (const row of workbook.blocs) {
    const check = checkFor("blocs");
    const code = check.code(row.cells.code, "code");
    const name = check.text(row.cells.name, "name", "line", LIMITS.blocName);
    const provinceCode = check.code(row.cells.province, "province");
    const description = check.text(row.cells.description, "description", "multiline", LIMITS.description, false);
    if (code && repeatedBlocs.has(code))
      check.refuse("onboarding.duplicate", dupText("onboarding.what.bloc", code, repeatedBlocs.get(code) ?? []));
    if (provinceCode && !isProvince(provinceCode)) check.refuse("onboarding.unknownProvince", { code: provinceCode });
    const existing = code ? blocInDb.get(code) : undefined;
    if (existing?.archivedAt) check.refuse("onboarding.archived", { name: existing.name });
    if (existing && provinceCode && existing.province.code !== provinceCode) {
      check.refuse("onboarding.moveProvince", { code: existing.code, province: existing.province.name });
    }
    const changed = existing && (existing.name !== name || (existing.description ?? null) !== (description ?? null));
    push("blocs", row, code ?? row.cells.code, existing ? (changed ? "update" : "unchanged") : "create", check);
    if (check.reasons.length === 0 && code && name && provinceCode) {
      blocsInFile.set(code, { provinceCode });
      if (!existing || changed)
        plan.blocs.push({ code, name, description, provinceCode, existingId: existing?.id ?? null });
    }
  }
  const blocProvince = (code: string) => blocsInFile.get(code)?.provinceCode ?? blocInDb.get(code)?.province.code;

  // Members of blocs, per year.
  const years = [...new Set(workbook.members.map((row) => Number(row.cells.year)).filter(Number.isInteger))];
  const memberships = await prisma.membership.findMany({
    where: { year: { in: years }, unit: { code: { in: workbook.members.map((row) => codeKey(row.cells.unit)) } } },
    select: {
      year: true,
      unit: { select: { id: true, code: true } },
      blocYear: { select: { headUnitId: true, deputyUnitId: true, bloc: { select: { code: true } } } },
    },
  });
  const memberInDb = new Map(memberships.map((m) => [`${m.unit.code}|${m.year}`, m.blocYear.bloc.code]));
  const leadershipInDb = new Map(
    memberships.map((m) => [
      `${m.unit.code}|${m.year}`,
      m.blocYear.headUnitId === m.unit.id ? "head" : m.blocYear.deputyUnitId === m.unit.id ? "deputy" : null,
    ]),
  );
  const memberRows = workbook.members.map((row) => {
    const check = checkFor("members");
    const blocCode = check.code(row.cells.bloc, "bloc");
    const unitCode = check.code(row.cells.unit, "unit");
    const year = /^\d{4}$/.test(row.cells.year) ? Number(row.cells.year) : null;
    if (row.cells.year === "") check.refuse("onboarding.required", { column: SHEETS.members.columns.year.label });
    else if (year === null || year < 2000 || year > 2100) check.refuse("onboarding.year");
    const leadership = row.cells.role === "" ? null : check.choice(row.cells.role, "role", LEADERSHIP_LABELS);
    return { row, check, blocCode, unitCode, year, leadership };
  });
  const inTwoBlocs = new Map<string, Set<string>>();
  for (const member of memberRows) {
    if (!member.unitCode || !member.blocCode || member.year === null) continue;
    const key = `${member.unitCode}|${member.year}`;
    inTwoBlocs.set(key, new Set([...(inTwoBlocs.get(key) ?? []), member.blocCode]));
    const inDb = memberInDb.get(key);
    if (inDb) inTwoBlocs.get(key)?.add(inDb);
  }
  const repeatedMembers = duplicates(
    memberRows,
    (member) =>
      member.unitCode && member.blocCode && member.year ? `${member.blocCode}|${member.year}|${member.unitCode}` : null,
    (member) => member.row.row,
  );
  const leaders = new Map<string, number[]>();
  for (const member of memberRows) {
    if (member.leadership && member.blocCode && member.year) {
      const key = `${member.blocCode}|${member.year}|${member.leadership}`;
      leaders.set(key, [...(leaders.get(key) ?? []), member.row.row]);
    }
  }
  const blocYears = new Map<string, BlocYearWrite>();
  for (const { row, check, blocCode, unitCode, year, leadership } of memberRows) {
    const province = blocCode ? blocProvince(blocCode) : undefined;
    if (blocCode && !province) check.refuse("onboarding.unknownBloc", { code: blocCode });
    const unitParent = unitCode ? unitProvince(unitCode) : undefined;
    if (unitCode && (unitParent === undefined || unitParent === null))
      check.refuse("onboarding.unknownUnit", { code: unitCode });
    else if (unitCode && province && unitParent !== province)
      check.refuse("onboarding.otherProvince", { unit: unitCode, bloc: blocCode ?? "" });
    const archived = unitCode ? unitInDb.get(unitCode)?.archivedAt : null;
    if (archived && year !== null && archived.getUTCFullYear() < year)
      check.refuse("onboarding.archived", { name: unitInDb.get(unitCode ?? "")?.name ?? "" });
    if (unitCode && year !== null) {
      const blocs = inTwoBlocs.get(`${unitCode}|${year}`);
      if (blocs && blocs.size > 1)
        check.refuse("onboarding.twoBlocs", { unit: unitCode, year, blocs: [...blocs].sort().join(", ") });
      const repeated = repeatedMembers.get(`${blocCode}|${year}|${unitCode}`);
      if (repeated) check.refuse("onboarding.duplicate", dupText("onboarding.what.member", unitCode, repeated));
    }
    if (leadership && blocCode && year) {
      const rows = leaders.get(`${blocCode}|${year}|${leadership}`) ?? [];
      if (rows.length > 1)
        check.refuse("onboarding.twoLeaders", {
          bloc: blocCode,
          year,
          role: translate(`onboarding.${leadership}`, locale),
          rows: rows.join(", "),
        });
    }
    const memberKey = `${unitCode}|${year}`;
    const existing = unitCode && year !== null ? memberInDb.get(memberKey) === blocCode : false;
    const leads = existing && leadership !== null && leadershipInDb.get(memberKey) !== leadership;
    const status = existing ? (leads ? "update" : "unchanged") : "create";
    push(
      "members",
      row,
      `${blocCode ?? row.cells.bloc} ${row.cells.year} ${unitCode ?? row.cells.unit}`,
      status,
      check,
    );
    if (check.reasons.length > 0 || !blocCode || !unitCode || year === null) continue;
    const key = `${blocCode}|${year}`;
    const entry = blocYears.get(key) ?? { blocCode, year, joining: [], head: null, deputy: null };
    if (!existing) entry.joining.push(unitCode);
    if (leadership && (leads || !existing)) entry[leadership] = unitCode;
    blocYears.set(key, entry);
  }
  plan.blocYears = [...blocYears.values()].filter((entry) => entry.joining.length > 0 || entry.head || entry.deputy);

  // Accounts.
  const usernames = workbook.accounts.map((row) => usernameKey(row.cells.username));
  const existingAccounts = await prisma.user.findMany({
    where: { username: { in: usernames } },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      unit: { select: { code: true } },
      province: { select: { code: true } },
      coordinates: { select: { bloc: { select: { code: true } } } },
    },
  });
  const accountInDb = new Map(existingAccounts.map((account) => [account.username, account]));
  const repeatedAccounts = duplicates(
    workbook.accounts,
    (row) => (row.cells.username ? usernameKey(row.cells.username) : null),
    (row) => row.row,
  );
  const otherAdmins = await prisma.user.count({
    where: { role: "ADMIN", active: true, username: { notIn: usernames } },
  });
  for (const row of workbook.accounts) {
    const check = checkFor("accounts");
    const raw = check.text(row.cells.username, "username", "code", LIMITS.username);
    const username = raw === null ? null : usernameKey(raw);
    if (username && !/^[a-z0-9][a-z0-9._-]*$/.test(username)) check.refuse("account.usernameCharacters");
    const displayName = check.text(row.cells.displayName, "displayName", "line", LIMITS.name);
    const role = check.choice(row.cells.role, "role", ROLE_LABELS);
    if (username && repeatedAccounts.has(username))
      check.refuse(
        "onboarding.duplicate",
        dupText("onboarding.what.username", username, repeatedAccounts.get(username) ?? []),
      );
    const scopeCodes = row.cells.scope
      .split(/[,;\n]/)
      .map((code) => code.trim())
      .filter(Boolean)
      .map((code) => check.code(code, "scope"))
      .filter((code): code is string => code !== null);
    if (role && role !== "ADMIN" && scopeCodes.length === 0) {
      check.refuse("onboarding.scopeMissing", {
        role: ROLE_LABELS[role][0] ?? role,
        what: translate(`onboarding.scope.${role}`, locale),
      });
    }
    if ((role === "LEADER" || role === "UNIT") && scopeCodes.length > 1) {
      check.refuse("onboarding.scopeOne", {
        role: ROLE_LABELS[role][0] ?? role,
        what: translate(`onboarding.scope.${role}`, locale),
      });
    }
    if (role === "COORDINATOR")
      for (const code of scopeCodes) if (!blocProvince(code)) check.refuse("onboarding.unknownBloc", { code });
    if (role === "LEADER")
      for (const code of scopeCodes) if (!isProvince(code)) check.refuse("onboarding.unknownProvince", { code });
    if (role === "UNIT") {
      for (const code of scopeCodes) {
        const parent = unitProvince(code);
        if (parent === undefined || parent === null) check.refuse("onboarding.unknownUnit", { code });
      }
    }
    const existing = username ? accountInDb.get(username) : undefined;
    if (existing?.id === actorId) check.refuse("onboarding.ownAccount");
    if (existing?.role === "ADMIN" && existing.active && role && role !== "ADMIN" && otherAdmins === 0) {
      check.refuse("onboarding.lastAdmin", { username: existing.username });
    }
    const scopeBefore = existing
      ? [
          ...(existing.unit ? [existing.unit.code] : []),
          ...(existing.province ? [existing.province.code] : []),
          ...existing.coordinates.map((c) => c.bloc.code),
        ].sort()
      : [];
    const changed =
      existing &&
      (existing.displayName !== displayName ||
        existing.role !== role ||
        scopeBefore.join() !== [...scopeCodes].sort().join());
    push(
      "accounts",
      row,
      username ?? row.cells.username,
      existing ? (changed ? "update" : "unchanged") : "create",
      check,
    );
    if (check.reasons.length === 0 && username && displayName && role && (!existing || changed)) {
      plan.accounts.push({
        username,
        displayName,
        role,
        scopeCodes: role === "ADMIN" ? [] : scopeCodes,
        existingId: existing?.id ?? null,
      });
    }
  }
  return plan;
}
