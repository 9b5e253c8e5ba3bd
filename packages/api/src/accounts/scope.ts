import type { Prisma, Role } from "@thidua/db";
import { AppError, notFound } from "../errors";

export interface ScopeInput {
  role: Role;
  unitId: string | null;
  provinceId: string | null;
  blocIds: string[];
}

export interface Scope {
  unitId: string | null;
  provinceId: string | null;
  blocIds: string[];
}

/**
 * The scope a role needs, checked against the database: a unit user speaks for one member unit,
 * a leader reads one province, a coordinator runs any number of blocs (blocs can also be given
 * later, on the bloc's page), an administrator needs none. What the role does not use is dropped.
 */
export async function checkedScope(tx: Prisma.TransactionClient, input: ScopeInput): Promise<Scope> {
  const none: Scope = { unitId: null, provinceId: null, blocIds: [] };
  switch (input.role) {
    case "ADMIN":
      return none;
    case "UNIT": {
      const unit = input.unitId
        ? await tx.unit.findUnique({
            where: { id: input.unitId },
            select: { kind: true, name: true, archivedAt: true },
          })
        : null;
      if (!unit || unit.kind === "PROVINCE") throw new AppError("BAD_REQUEST", "account.scopeUnit");
      if (unit.archivedAt) throw new AppError("BAD_REQUEST", "account.scopeArchived", { unit: unit.name });
      return { ...none, unitId: input.unitId };
    }
    case "LEADER": {
      const province = input.provinceId
        ? await tx.unit.findUnique({
            where: { id: input.provinceId },
            select: { kind: true, name: true, archivedAt: true },
          })
        : null;
      if (!province || province.kind !== "PROVINCE") throw new AppError("BAD_REQUEST", "account.scopeProvince");
      if (province.archivedAt) throw new AppError("BAD_REQUEST", "account.scopeArchived", { unit: province.name });
      return { ...none, provinceId: input.provinceId };
    }
    case "COORDINATOR": {
      const blocIds = [...new Set(input.blocIds)];
      const found = await tx.bloc.count({ where: { id: { in: blocIds } } });
      if (found !== blocIds.length) throw notFound("notFound.bloc");
      return { ...none, blocIds };
    }
  }
}

/** Writes the scope onto an account, replacing its blocs. */
export async function writeScope(tx: Prisma.TransactionClient, userId: string, scope: Scope): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { unitId: scope.unitId, provinceId: scope.provinceId } });
  await tx.blocCoordinator.deleteMany({ where: { userId, blocId: { notIn: scope.blocIds } } });
  await tx.blocCoordinator.createMany({
    data: scope.blocIds.map((blocId) => ({ userId, blocId })),
    skipDuplicates: true,
  });
}
