import type { Prisma } from "../generated/prisma/client";
import { demoDeadline } from "./sheets";
import type { MemberUnitCode, ProvinceCode, UnitCode } from "./units";

export type Quarter = 1 | 2 | 3 | 4;

/** Which covenant template a bloc signs: the indicators differ between localities and organisations. */
export type SetFlavour = "DISTRICT" | "ORGANISATION" | "COMMUNE";

/** How a member behaves in the demo figures. */
export interface MemberProfile {
  unit: MemberUnitCode;
  /** 0..1: how well the unit performs; below 0.3 it is one of the bloc's laggards. */
  strength: number;
  /** Scales its yearly targets (population, budget, membership). */
  size: number;
  /** How far its self-assessment runs above the verified figures (0.04 = 4 %). */
  optimism: number;
}

export interface BlocYearDefinition {
  year: number;
  /** The quarters that have figures, in order; every one but possibly the last is published. */
  quarters: Quarter[];
  head: MemberUnitCode;
  deputy: MemberUnitCode;
  /** Status of the last quarter when it is not published yet. */
  lastQuarterStatus?: "OPEN" | "LOCKED";
}

export type BlocCode = "LCI-HUYEN" | "BKN-HUYEN" | "LCI-DOANTHE" | "LCI-CUM1";

export interface BlocDefinition {
  code: BlocCode;
  name: string;
  description: string;
  province: ProvinceCode;
  flavour: SetFlavour;
  members: MemberProfile[];
  years: BlocYearDefinition[];
  /** Two members given identical targets and figures through a quarter, so that quarter ranks them equal. */
  twins?: { year: number; throughQuarter: Quarter; units: [MemberUnitCode, MemberUnitCode] };
  /** A serious violation (the knock-out criterion answered "no") from a quarter to the year end. */
  knockOut?: { unit: MemberUnitCode; year: number; fromQuarter: Quarter };
  /** A member whose bonus items reach more than the bonus cap by the year end. */
  bonusStar?: { unit: MemberUnitCode; year: number };
}

export const BLOCS: readonly BlocDefinition[] = [
  {
    code: "LCI-HUYEN",
    name: "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai",
    description:
      "Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố thuộc tỉnh Lào Cai. Khối kết thúc hoạt động sau quý II/2025 do không tổ chức cấp huyện từ ngày 01/7/2025.",
    province: "LCI",
    flavour: "DISTRICT",
    members: [
      { unit: "LCI-TPLAOCAI", strength: 0.9, size: 1.5, optimism: 0.01 },
      { unit: "LCI-BAOTHANG", strength: 0.82, size: 1.3, optimism: 0.02 },
      { unit: "LCI-SAPA", strength: 0.78, size: 1.1, optimism: 0 },
      { unit: "LCI-BATXAT", strength: 0.62, size: 1.0, optimism: 0.05 },
      { unit: "LCI-BAOYEN", strength: 0.58, size: 1.0, optimism: 0.01 },
      { unit: "LCI-VANBAN", strength: 0.55, size: 1.0, optimism: 0.02 },
      { unit: "LCI-MUONGKHUONG", strength: 0.45, size: 0.8, optimism: 0.03 },
      { unit: "LCI-BACHA", strength: 0.24, size: 0.8, optimism: 0.06 },
      { unit: "LCI-SIMACAI", strength: 0.16, size: 0.6, optimism: 0.02 },
    ],
    years: [
      { year: 2024, quarters: [1, 2, 3, 4], head: "LCI-TPLAOCAI", deputy: "LCI-BAOTHANG" },
      { year: 2025, quarters: [1, 2], head: "LCI-SAPA", deputy: "LCI-BATXAT" },
    ],
    twins: { year: 2024, throughQuarter: 2, units: ["LCI-BAOYEN", "LCI-VANBAN"] },
    knockOut: { unit: "LCI-BAOTHANG", year: 2024, fromQuarter: 3 },
    bonusStar: { unit: "LCI-TPLAOCAI", year: 2024 },
  },
  {
    code: "BKN-HUYEN",
    name: "Khối thi đua các huyện, thành phố tỉnh Bắc Kạn",
    description:
      "Ủy ban MTTQ Việt Nam các huyện, thành phố thuộc tỉnh Bắc Kạn. Khối kết thúc hoạt động sau quý II/2025 khi sắp xếp đơn vị hành chính.",
    province: "BKN",
    flavour: "DISTRICT",
    members: [
      { unit: "BKN-TPBACKAN", strength: 0.85, size: 0.8, optimism: 0.01 },
      { unit: "BKN-CHODON", strength: 0.8, size: 0.75, optimism: 0 },
      { unit: "BKN-BABE", strength: 0.66, size: 0.7, optimism: 0.02 },
      { unit: "BKN-BACHTHONG", strength: 0.6, size: 0.65, optimism: 0.01 },
      { unit: "BKN-NARI", strength: 0.57, size: 0.65, optimism: 0.02 },
      { unit: "BKN-CHOMOI", strength: 0.5, size: 0.65, optimism: 0.06 },
      { unit: "BKN-NGANSON", strength: 0.22, size: 0.5, optimism: 0.03 },
      { unit: "BKN-PACNAM", strength: 0.15, size: 0.45, optimism: 0.04 },
    ],
    years: [
      { year: 2024, quarters: [1, 2, 3, 4], head: "BKN-TPBACKAN", deputy: "BKN-CHODON" },
      { year: 2025, quarters: [1, 2], head: "BKN-CHODON", deputy: "BKN-BABE" },
    ],
    twins: { year: 2024, throughQuarter: 3, units: ["BKN-BACHTHONG", "BKN-NARI"] },
  },
  {
    code: "LCI-DOANTHE",
    name: "Khối thi đua Mặt trận Tổ quốc và các đoàn thể tỉnh Lào Cai",
    description: "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội, hội quần chúng cấp tỉnh.",
    province: "LCI",
    flavour: "ORGANISATION",
    members: [
      { unit: "LCI-MTTQ", strength: 0.88, size: 1.6, optimism: 0 },
      { unit: "LCI-HOIPHUNU", strength: 0.8, size: 1.2, optimism: 0.02 },
      { unit: "LCI-TINHDOAN", strength: 0.75, size: 1.0, optimism: 0.01 },
      { unit: "LCI-HOINONGDAN", strength: 0.6, size: 1.2, optimism: 0.05 },
      { unit: "LCI-HOICCB", strength: 0.55, size: 0.6, optimism: 0.01 },
      { unit: "LCI-LDLD", strength: 0.28, size: 1.0, optimism: 0.03 },
      { unit: "LCI-CHUTHAPDO", strength: 0.2, size: 0.7, optimism: 0.04 },
    ],
    years: [
      { year: 2024, quarters: [1, 2, 3, 4], head: "LCI-MTTQ", deputy: "LCI-HOIPHUNU" },
      { year: 2025, quarters: [1, 2, 3, 4], head: "LCI-TINHDOAN", deputy: "LCI-HOINONGDAN", lastQuarterStatus: "OPEN" },
    ],
  },
  {
    code: "LCI-CUM1",
    name: "Cụm thi đua số 1 các xã, phường tỉnh Lào Cai",
    description: "Cụm thi đua các xã, phường được thành lập sau khi sắp xếp đơn vị hành chính từ ngày 01/7/2025.",
    province: "LCI",
    flavour: "COMMUNE",
    members: [
      { unit: "LCI-P-LAOCAI", strength: 0.86, size: 1.5, optimism: 0.01 },
      { unit: "LCI-P-CAMDUONG", strength: 0.74, size: 1.1, optimism: 0.04 },
      { unit: "LCI-P-SAPA", strength: 0.8, size: 1.2, optimism: 0.01 },
      { unit: "LCI-X-BAOTHANG", strength: 0.64, size: 1.0, optimism: 0.02 },
      { unit: "LCI-X-BATXAT", strength: 0.55, size: 0.9, optimism: 0.02 },
      { unit: "LCI-X-BACHA", strength: 0.48, size: 0.8, optimism: 0.03 },
      { unit: "LCI-X-BAOYEN", strength: 0.26, size: 0.9, optimism: 0.05 },
      { unit: "LCI-X-MUONGKHUONG", strength: 0.18, size: 0.8, optimism: 0.02 },
    ],
    years: [
      { year: 2025, quarters: [3, 4], head: "LCI-P-LAOCAI", deputy: "LCI-P-CAMDUONG", lastQuarterStatus: "LOCKED" },
    ],
  },
];

const LAGGARD_STRENGTH = 0.3;

export function laggardsOf(bloc: BlocDefinition): MemberUnitCode[] {
  return bloc.members.filter((member) => member.strength < LAGGARD_STRENGTH).map((member) => member.unit);
}

export interface SeededBlocs {
  blocs: Record<BlocCode, string>;
  /** BlocYear ids by bloc code and year. */
  blocYears: Record<BlocCode, Record<number, string>>;
}

/** Inserts the blocs with their years, members (one bloc per unit and year) and quarters. */
export async function seedBlocs(tx: Prisma.TransactionClient, units: Record<UnitCode, string>): Promise<SeededBlocs> {
  const blocRows = await tx.bloc.createManyAndReturn({
    data: BLOCS.map((bloc) => ({
      code: bloc.code,
      name: bloc.name,
      description: bloc.description,
      provinceId: units[bloc.province],
    })),
    select: { id: true, code: true },
  });
  const blocs = Object.fromEntries(blocRows.map((bloc) => [bloc.code, bloc.id])) as Record<BlocCode, string>;

  const yearRows = await tx.blocYear.createManyAndReturn({
    data: BLOCS.flatMap((bloc) =>
      bloc.years.map((year) => ({
        blocId: blocs[bloc.code],
        year: year.year,
        headUnitId: units[year.head],
        deputyUnitId: units[year.deputy],
      })),
    ),
    select: { id: true, blocId: true, year: true },
  });
  const blocYears = Object.fromEntries(BLOCS.map((bloc) => [bloc.code, {}])) as Record<
    BlocCode,
    Record<number, string>
  >;
  const blocCodeById = new Map(blocRows.map((bloc) => [bloc.id, bloc.code as BlocCode]));
  for (const row of yearRows) blocYears[blocCodeById.get(row.blocId) as BlocCode][row.year] = row.id;

  const yearId = (bloc: BlocDefinition, year: number) => blocYears[bloc.code][year] as string;
  await tx.membership.createMany({
    data: BLOCS.flatMap((bloc) =>
      bloc.years.flatMap((year) =>
        bloc.members.map((member, position) => ({
          blocYearId: yearId(bloc, year.year),
          unitId: units[member.unit],
          year: year.year,
          position,
        })),
      ),
    ),
  });
  await tx.period.createMany({
    data: BLOCS.flatMap((bloc) =>
      bloc.years.flatMap((year) =>
        year.quarters.map((quarter, index) => ({
          blocYearId: yearId(bloc, year.year),
          quarter,
          status: index === year.quarters.length - 1 ? (year.lastQuarterStatus ?? "PUBLISHED") : "PUBLISHED",
          deadline: demoDeadline(year.year, quarter),
        })),
      ),
    ),
  });
  return { blocs, blocYears };
}
