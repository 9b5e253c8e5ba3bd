import type { Prisma, Role } from "../generated/prisma/client";
import type { BlocCode } from "./blocs";
import type { MemberUnitCode, ProvinceCode, UnitCode } from "./units";

/** The password of every demo account; printed at start so people can sign in to the demo. */
export const DEMO_PASSWORD = "thidua@2025";

interface AccountDefinition {
  username: string;
  role: Role;
  displayName: string;
  /** What the account can do, in Vietnamese, for the list printed at start. */
  description: string;
  /** The unit a UNIT account speaks for. */
  unit?: MemberUnitCode;
  /** The province a LEADER reads. */
  province?: ProvinceCode;
  /** The blocs a COORDINATOR runs. */
  blocs?: readonly BlocCode[];
}

const ACCOUNTS = [
  {
    username: "admin",
    role: "ADMIN",
    displayName: "Quản trị hệ thống",
    description:
      "Quản trị toàn hệ thống: tài khoản, đơn vị, khối thi đua và người điều phối; nhập danh sách từ tệp Excel.",
  },
  {
    username: "dieuphoi.laocai",
    role: "COORDINATOR",
    displayName: "Ban Thi đua - Khen thưởng tỉnh Lào Cai",
    description:
      "Điều phối Khối các huyện, thị xã, thành phố; Khối MTTQ và các đoàn thể; Cụm thi đua số 1 các xã, phường tỉnh Lào Cai: xây dựng giao ước, nhập và thẩm định kết quả, khóa và công bố từng quý.",
    blocs: ["LCI-HUYEN", "LCI-DOANTHE", "LCI-CUM1"],
  },
  {
    username: "dieuphoi.backan",
    role: "COORDINATOR",
    displayName: "Ban Thi đua - Khen thưởng tỉnh Bắc Kạn",
    description:
      "Điều phối Khối thi đua các huyện, thành phố tỉnh Bắc Kạn: xây dựng giao ước, nhập và thẩm định kết quả, khóa và công bố từng quý.",
    blocs: ["BKN-HUYEN"],
  },
  {
    username: "lanhdao.laocai",
    role: "LEADER",
    displayName: "Lãnh đạo UBND tỉnh Lào Cai",
    description:
      "Xem (chỉ đọc) xếp hạng, tiến độ thực hiện chỉ tiêu và biểu đồ của mọi khối, cụm thi đua tỉnh Lào Cai.",
    province: "LCI",
  },
  {
    username: "lanhdao.backan",
    role: "LEADER",
    displayName: "Lãnh đạo UBND tỉnh Bắc Kạn",
    description: "Xem (chỉ đọc) xếp hạng, tiến độ thực hiện chỉ tiêu và biểu đồ của khối thi đua tỉnh Bắc Kạn.",
    province: "BKN",
  },
  {
    username: "donvi.batxat",
    role: "UNIT",
    displayName: "Cán bộ thi đua huyện Bát Xát",
    description:
      "Tự chấm kết quả của huyện Bát Xát trong quý đang mở; xem thứ hạng trong khối các huyện, thị xã, thành phố.",
    unit: "LCI-BATXAT",
  },
  {
    username: "donvi.bacha",
    role: "UNIT",
    displayName: "Cán bộ thi đua huyện Bắc Hà",
    description:
      "Đơn vị ở cuối bảng khối các huyện tỉnh Lào Cai: xem tiêu chí nào mất nhiều điểm nhất và cần gì để lên hạng.",
    unit: "LCI-BACHA",
  },
  {
    username: "donvi.chodon",
    role: "UNIT",
    displayName: "Cán bộ thi đua huyện Chợ Đồn",
    description:
      "Tự chấm kết quả của huyện Chợ Đồn trong khối các huyện, thành phố tỉnh Bắc Kạn; xem thứ hạng đã công bố.",
    unit: "BKN-CHODON",
  },
  {
    username: "donvi.tinhdoan",
    role: "UNIT",
    displayName: "Văn phòng Tỉnh đoàn Lào Cai",
    description:
      "Khối trưởng khối MTTQ và các đoàn thể năm 2025: tự chấm quý IV/2025 (đang mở) và xem kết quả thẩm định.",
    unit: "LCI-TINHDOAN",
  },
  {
    username: "donvi.hoinongdan",
    role: "UNIT",
    displayName: "Văn phòng Hội Nông dân tỉnh Lào Cai",
    description: "Tự chấm quý IV/2025 (đang mở) của Hội Nông dân tỉnh; so sánh điểm tự chấm với điểm thẩm định.",
    unit: "LCI-HOINONGDAN",
  },
  {
    username: "donvi.camduong",
    role: "UNIT",
    displayName: "Cán bộ thi đua phường Cam Đường",
    description:
      "Khối phó Cụm thi đua số 1 các xã, phường (từ 01/7/2025): tự chấm và xem thứ hạng của phường Cam Đường.",
    unit: "LCI-P-CAMDUONG",
  },
] as const satisfies readonly AccountDefinition[];

export type DemoUsername = (typeof ACCOUNTS)[number]["username"];

export interface DemoAccount {
  username: DemoUsername;
  role: Role;
  displayName: string;
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = ACCOUNTS.map(({ username, role, displayName, description }) => ({
  username,
  role,
  displayName,
  description,
}));

/** Inserts the demo accounts, all with the same password hash, and their coordinator assignments. */
export async function seedAccounts(
  tx: Prisma.TransactionClient,
  passwordHash: string,
  units: Record<UnitCode, string>,
  blocs: Record<BlocCode, string>,
): Promise<Record<DemoUsername, string>> {
  const accounts: readonly AccountDefinition[] = ACCOUNTS;
  const users = await tx.user.createManyAndReturn({
    data: accounts.map((account) => ({
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      passwordHash,
      unitId: account.unit && units[account.unit],
      provinceId: account.province && units[account.province],
    })),
    select: { id: true, username: true },
  });
  const ids = Object.fromEntries(users.map((user) => [user.username, user.id])) as Record<DemoUsername, string>;
  await tx.blocCoordinator.createMany({
    data: accounts.flatMap((account) =>
      (account.blocs ?? []).map((bloc) => ({ userId: ids[account.username as DemoUsername], blocId: blocs[bloc] })),
    ),
  });
  return ids;
}
