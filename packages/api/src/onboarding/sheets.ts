import { searchFold } from "@thidua/core";
import type { Role, UnitKind } from "@thidua/db";

/** The four sheets of an onboarding workbook and their columns, as the template writes them. */
export const SHEETS = {
  units: {
    name: "Đơn vị",
    columns: {
      code: { label: "Mã đơn vị", width: 18, required: true },
      name: { label: "Tên đơn vị", width: 40, required: true },
      kind: { label: "Loại", width: 16, required: true },
      province: { label: "Mã tỉnh", width: 12, required: false },
    },
  },
  blocs: {
    name: "Khối thi đua",
    columns: {
      code: { label: "Mã khối", width: 18, required: true },
      name: { label: "Tên khối", width: 50, required: true },
      province: { label: "Mã tỉnh", width: 12, required: true },
      description: { label: "Mô tả", width: 40, required: false },
    },
  },
  members: {
    name: "Thành viên khối",
    columns: {
      bloc: { label: "Mã khối", width: 18, required: true },
      year: { label: "Năm", width: 10, required: true },
      unit: { label: "Mã đơn vị", width: 18, required: true },
      role: { label: "Khối trưởng / khối phó", width: 24, required: false },
    },
  },
  accounts: {
    name: "Tài khoản",
    columns: {
      username: { label: "Tên đăng nhập", width: 22, required: true },
      displayName: { label: "Họ tên hoặc tên hiển thị", width: 36, required: true },
      role: { label: "Vai trò", width: 20, required: true },
      scope: { label: "Phạm vi (mã khối, mã tỉnh hoặc mã đơn vị)", width: 40, required: false },
    },
  },
} as const;

export type SheetKey = keyof typeof SHEETS;
export type ColumnOf<K extends SheetKey> = keyof (typeof SHEETS)[K]["columns"] & string;

/** Unit kinds as people write them in Vietnamese; the template offers the first of each. */
export const KIND_LABELS: Record<UnitKind, string[]> = {
  PROVINCE: ["Tỉnh", "Tỉnh, thành phố trực thuộc trung ương"],
  DISTRICT: ["Huyện"],
  TOWN: ["Thị xã"],
  CITY: ["Thành phố"],
  COMMUNE: ["Xã"],
  WARD: ["Phường"],
  SPECIAL_ZONE: ["Đặc khu"],
  AGENCY: ["Cơ quan", "Sở, ban, ngành"],
  ORGANISATION: ["Tổ chức", "Đoàn thể", "Tổ chức chính trị - xã hội"],
};

export const ROLE_LABELS: Record<Role, string[]> = {
  ADMIN: ["Quản trị"],
  COORDINATOR: ["Điều phối khối", "Điều phối"],
  LEADER: ["Lãnh đạo tỉnh", "Lãnh đạo"],
  UNIT: ["Đơn vị thành viên", "Đơn vị"],
};

export const LEADERSHIP_LABELS = { head: ["Khối trưởng"], deputy: ["Khối phó"] } as const;

/** Reads a label back whatever its case, diacritics or spacing, or the enum's own name. */
export function labelled<T extends string>(labels: Record<T, readonly string[]>, text: string): T | null {
  const folded = searchFold(text);
  for (const [value, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (searchFold(value) === folded || names.some((name) => searchFold(name) === folded)) return value;
  }
  return null;
}
