import type { Prisma } from "@thidua/db";
import { createAccount } from "../accounts/create-account";
import { checkedScope, writeScope } from "../accounts/scope";
import { recordAudit } from "../audit/record";
import type { AuthedContext } from "../context";
import { writeBlocYear } from "../data/write-bloc-year";
import type { Plan } from "./plan";

type Tx = Prisma.TransactionClient;

async function idsByCode(tx: Tx, table: "unit" | "bloc", codes: string[]) {
  const rows =
    table === "unit"
      ? await tx.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })
      : await tx.bloc.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  return new Map(rows.map((row) => [row.code, row.id]));
}

const must = (ids: Map<string, string>, code: string) => {
  const id = ids.get(code);
  // The plan checked every code; a missing one means the data changed under us: roll everything back.
  if (!id) throw new Error(`onboarding: ${code} vanished between the plan and its write`);
  return id;
};

/**
 * Writes a checked plan inside the caller's transaction, in dependency order: provinces, units,
 * blocs, bloc years, accounts. `hashes` holds the hashed temporary password of each new account.
 */
export async function applyPlan(tx: Tx, ctx: AuthedContext, plan: Plan, hashes: Map<string, string>): Promise<void> {
  const actor = ctx.user.id;
  const units = [...plan.units].sort((a, b) => Number(b.kind === "PROVINCE") - Number(a.kind === "PROVINCE"));
  for (const unit of units) {
    const parentId = unit.provinceCode
      ? must(await idsByCode(tx, "unit", [unit.provinceCode]), unit.provinceCode)
      : null;
    const fields = { code: unit.code, name: unit.name, kind: unit.kind, parentId };
    if (unit.existingId) {
      const before = await tx.unit.findUniqueOrThrow({
        where: { id: unit.existingId },
        select: { name: true, kind: true },
      });
      await tx.unit.update({ where: { id: unit.existingId }, data: { name: unit.name, kind: unit.kind } });
      await recordAudit(tx, [
        {
          userId: actor,
          entity: "unit",
          entityId: unit.existingId,
          action: "update",
          before,
          after: { name: unit.name, kind: unit.kind },
        },
      ]);
    } else {
      const created = await tx.unit.create({ data: fields, select: { id: true } });
      await recordAudit(tx, [{ userId: actor, entity: "unit", entityId: created.id, action: "create", after: fields }]);
    }
  }

  for (const bloc of plan.blocs) {
    const provinceId = must(await idsByCode(tx, "unit", [bloc.provinceCode]), bloc.provinceCode);
    if (bloc.existingId) {
      const before = await tx.bloc.findUniqueOrThrow({
        where: { id: bloc.existingId },
        select: { name: true, description: true },
      });
      const after = { name: bloc.name, description: bloc.description };
      await tx.bloc.update({ where: { id: bloc.existingId }, data: after });
      await recordAudit(tx, [
        {
          userId: actor,
          entity: "bloc",
          entityId: bloc.existingId,
          action: "update",
          before,
          after,
          blocId: bloc.existingId,
        },
      ]);
    } else {
      const fields = { code: bloc.code, name: bloc.name, description: bloc.description, provinceId };
      const created = await tx.bloc.create({ data: fields, select: { id: true } });
      await recordAudit(tx, [
        { userId: actor, entity: "bloc", entityId: created.id, action: "create", after: fields, blocId: created.id },
      ]);
    }
  }

  for (const entry of plan.blocYears) {
    const blocId = must(await idsByCode(tx, "bloc", [entry.blocCode]), entry.blocCode);
    const unitIds = await idsByCode(
      tx,
      "unit",
      [entry.head, entry.deputy, ...entry.joining].filter((code): code is string => code !== null),
    );
    const existing = await tx.blocYear.findUnique({
      where: { blocId_year: { blocId, year: entry.year } },
      select: {
        version: true,
        headUnitId: true,
        deputyUnitId: true,
        members: { select: { unitId: true }, orderBy: { position: "asc" } },
      },
    });
    await writeBlocYear(tx, ctx, {
      blocId,
      year: entry.year,
      version: existing?.version ?? null,
      memberUnitIds: [
        ...(existing?.members.map((member) => member.unitId) ?? []),
        ...entry.joining.map((code) => must(unitIds, code)),
      ],
      headUnitId: entry.head ? must(unitIds, entry.head) : (existing?.headUnitId ?? null),
      deputyUnitId: entry.deputy ? must(unitIds, entry.deputy) : (existing?.deputyUnitId ?? null),
    });
  }

  for (const account of plan.accounts) {
    const codes = account.scopeCodes;
    const unitIds = await idsByCode(tx, "unit", codes);
    const blocIds = await idsByCode(tx, "bloc", codes);
    const scope = {
      role: account.role,
      unitId: account.role === "UNIT" && codes[0] ? must(unitIds, codes[0]) : null,
      provinceId: account.role === "LEADER" && codes[0] ? must(unitIds, codes[0]) : null,
      blocIds: account.role === "COORDINATOR" ? codes.map((code) => must(blocIds, code)) : [],
    };
    if (!account.existingId) {
      await createAccount(
        tx,
        actor,
        { username: account.username, displayName: account.displayName, ...scope },
        hashes.get(account.username) ?? "",
      );
      continue;
    }
    const checked = await checkedScope(tx, scope);
    const before = await tx.user.findUniqueOrThrow({
      where: { id: account.existingId },
      select: { displayName: true, role: true, unitId: true, provinceId: true },
    });
    await tx.user.update({
      where: { id: account.existingId },
      data: { displayName: account.displayName, role: account.role },
    });
    await writeScope(tx, account.existingId, checked);
    await recordAudit(tx, [
      {
        userId: actor,
        entity: "user",
        entityId: account.existingId,
        action: "update",
        before,
        after: { displayName: account.displayName, role: account.role, ...checked },
      },
    ]);
  }
}
