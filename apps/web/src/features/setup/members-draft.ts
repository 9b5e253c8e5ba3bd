import type { BlocYear, ProvinceUnit, SaveYearInput } from "../../stores/setup";

export type MemberRow = Pick<ProvinceUnit, "code" | "name" | "kind"> & { unitId: string };

/** A bloc-year's members (in display order) and leadership as they are being edited. */
export interface MembersDraft {
  members: MemberRow[];
  headUnitId: string | null;
  deputyUnitId: string | null;
}

export function membersDraftOf(year: BlocYear): MembersDraft {
  return {
    members: year.members.map(({ unitId, code, name, kind }) => ({ unitId, code, name, kind })),
    headUnitId: year.head?.unitId ?? null,
    deputyUnitId: year.deputy?.unitId ?? null,
  };
}

export function addMember(draft: MembersDraft, unit: ProvinceUnit): void {
  if (draft.members.some((member) => member.unitId === unit.id)) return;
  draft.members.push({ unitId: unit.id, code: unit.code, name: unit.name, kind: unit.kind });
}

/** A unit that leaves the bloc can no longer lead it. */
export function removeMember(draft: MembersDraft, unitId: string): void {
  draft.members = draft.members.filter((member) => member.unitId !== unitId);
  if (draft.headUnitId === unitId) draft.headUnitId = null;
  if (draft.deputyUnitId === unitId) draft.deputyUnitId = null;
}

/** Choosing the head's unit as deputy (or the reverse) moves the role rather than doubling it. */
export function setLeader(draft: MembersDraft, role: "head" | "deputy", unitId: string | null): void {
  if (role === "head") {
    draft.headUnitId = unitId;
    if (unitId !== null && draft.deputyUnitId === unitId) draft.deputyUnitId = null;
  } else {
    draft.deputyUnitId = unitId;
    if (unitId !== null && draft.headUnitId === unitId) draft.headUnitId = null;
  }
}

/** The province's units not yet in the bloc, to add. */
export function candidates(units: ProvinceUnit[], draft: MembersDraft): ProvinceUnit[] {
  const taken = new Set(draft.members.map((member) => member.unitId));
  return units.filter((unit) => !taken.has(unit.id));
}

export function saveYearInputOf(draft: MembersDraft, year: BlocYear): SaveYearInput {
  return {
    blocId: year.blocId,
    year: year.year,
    version: year.version,
    memberUnitIds: draft.members.map((member) => member.unitId),
    headUnitId: draft.headUnitId,
    deputyUnitId: draft.deputyUnitId,
  };
}
