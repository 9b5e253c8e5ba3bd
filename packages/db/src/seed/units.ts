import type { Prisma, UnitKind } from "../generated/prisma/client";

interface UnitDefinition {
  code: string;
  name: string;
  kind: UnitKind;
}

export const PROVINCES = [
  { code: "LCI", name: "Tỉnh Lào Cai", kind: "PROVINCE" },
  { code: "BKN", name: "Tỉnh Bắc Kạn", kind: "PROVINCE" },
] as const satisfies readonly UnitDefinition[];

export type ProvinceCode = (typeof PROVINCES)[number]["code"];

/**
 * Every unit sits directly under its province. The districts keep existing as records after
 * 1 July 2025 so their 2024 and early-2025 history stays readable; the communes and wards that
 * replaced them are separate units.
 */
export const MEMBER_UNITS = [
  { code: "LCI-BATXAT", name: "Huyện Bát Xát", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-BAOTHANG", name: "Huyện Bảo Thắng", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-BAOYEN", name: "Huyện Bảo Yên", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-BACHA", name: "Huyện Bắc Hà", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-MUONGKHUONG", name: "Huyện Mường Khương", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-SIMACAI", name: "Huyện Si Ma Cai", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-VANBAN", name: "Huyện Văn Bàn", kind: "DISTRICT", province: "LCI" },
  { code: "LCI-SAPA", name: "Thị xã Sa Pa", kind: "TOWN", province: "LCI" },
  { code: "LCI-TPLAOCAI", name: "Thành phố Lào Cai", kind: "CITY", province: "LCI" },

  { code: "BKN-BABE", name: "Huyện Ba Bể", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-BACHTHONG", name: "Huyện Bạch Thông", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-CHODON", name: "Huyện Chợ Đồn", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-CHOMOI", name: "Huyện Chợ Mới", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-NARI", name: "Huyện Na Rì", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-NGANSON", name: "Huyện Ngân Sơn", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-PACNAM", name: "Huyện Pác Nặm", kind: "DISTRICT", province: "BKN" },
  { code: "BKN-TPBACKAN", name: "Thành phố Bắc Kạn", kind: "CITY", province: "BKN" },

  { code: "LCI-MTTQ", name: "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-HOINONGDAN", name: "Hội Nông dân tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-HOIPHUNU", name: "Hội Liên hiệp Phụ nữ tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-TINHDOAN", name: "Tỉnh đoàn Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-LDLD", name: "Liên đoàn Lao động tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-HOICCB", name: "Hội Cựu chiến binh tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },
  { code: "LCI-CHUTHAPDO", name: "Hội Chữ thập đỏ tỉnh Lào Cai", kind: "ORGANISATION", province: "LCI" },

  { code: "LCI-P-LAOCAI", name: "Phường Lào Cai", kind: "WARD", province: "LCI" },
  { code: "LCI-P-CAMDUONG", name: "Phường Cam Đường", kind: "WARD", province: "LCI" },
  { code: "LCI-P-SAPA", name: "Phường Sa Pa", kind: "WARD", province: "LCI" },
  { code: "LCI-X-BATXAT", name: "Xã Bát Xát", kind: "COMMUNE", province: "LCI" },
  { code: "LCI-X-MUONGKHUONG", name: "Xã Mường Khương", kind: "COMMUNE", province: "LCI" },
  { code: "LCI-X-BACHA", name: "Xã Bắc Hà", kind: "COMMUNE", province: "LCI" },
  { code: "LCI-X-BAOTHANG", name: "Xã Bảo Thắng", kind: "COMMUNE", province: "LCI" },
  { code: "LCI-X-BAOYEN", name: "Xã Bảo Yên", kind: "COMMUNE", province: "LCI" },
] as const satisfies readonly (UnitDefinition & { province: ProvinceCode })[];

export type MemberUnitCode = (typeof MEMBER_UNITS)[number]["code"];
export type UnitCode = ProvinceCode | MemberUnitCode;

/** Inserts the provinces, then their member units; returns unit ids by code. */
export async function seedUnits(tx: Prisma.TransactionClient): Promise<Record<UnitCode, string>> {
  const provinces = await tx.unit.createManyAndReturn({
    data: PROVINCES.map(({ code, name, kind }) => ({ code, name, kind })),
    select: { id: true, code: true },
  });
  const provinceIds = new Map(provinces.map((province) => [province.code, province.id]));
  const members = await tx.unit.createManyAndReturn({
    data: MEMBER_UNITS.map(({ code, name, kind, province }) => ({
      code,
      name,
      kind,
      parentId: provinceIds.get(province),
    })),
    select: { id: true, code: true },
  });
  return Object.fromEntries([...provinces, ...members].map((unit) => [unit.code, unit.id])) as Record<UnitCode, string>;
}
