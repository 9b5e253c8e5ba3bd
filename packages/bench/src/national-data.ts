import { randomUUID } from "node:crypto";
import { hashPassword, type PrismaClient } from "@thidua/db";
import { BENCH_CRITERIA, BENCH_SET, GROUP_CODES } from "./covenant";

/** Vietnam since the 2025 reform: 34 provinces, about 3,300 communes and wards. */
export const SCALE = { provinces: 34, years: [2024, 2025] as const };
/** 24 provinces with 10 blocs and 10 with 9: 330 blocs. */
const blocsIn = (province: number) => (province <= 24 ? 10 : 9);
/** The year the operations are measured on; its fourth quarter is left open for grid saves. */
export const BENCH_YEAR = 2025;
/** Bloc sizes cycle through 8–12 members: 10 on average, so 330 blocs hold 3,300 units. */
const BLOC_SIZES = [8, 9, 10, 11, 12] as const;
export const BENCH_USERNAME = "bench.admin";
export const BENCH_PASSWORD = "bench@2025";

export interface NationalData {
  provinceIds: string[];
  blocs: { id: string; provinceId: string; province: number; number: number; size: number }[];
  unitIds: string[];
  resultCount: number;
}

const chunks = <T>(rows: T[], size = 5000): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, index) => rows.slice(index * size, (index + 1) * size));

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (const chunk of chunks(rows)) await insert(chunk);
}

/**
 * Fills an empty, migrated database with a national-scale year pair: 34 provinces, 330 blocs,
 * 3,300 units, a 40-criterion covenant per bloc and year, targets, and every result of 8
 * quarters (about a million rows). The last quarter is left open, for grid saves. Fewer provinces
 * give the same blocs and provinces on less data (3 provinces: a tenth).
 */
export async function generateNationalData(
  prisma: PrismaClient,
  { provinces = SCALE.provinces }: { provinces?: number } = {},
): Promise<NationalData> {
  const provinceIds: string[] = [];
  const units: {
    id: string;
    code: string;
    name: string;
    kind: "PROVINCE" | "COMMUNE" | "WARD";
    parentId: string | null;
  }[] = [];
  const blocs: NationalData["blocs"] = [];
  const members: { blocId: string; unitId: string; position: number }[] = [];
  for (let p = 1; p <= provinces; p += 1) {
    const provinceId = randomUUID();
    provinceIds.push(provinceId);
    units.push({ id: provinceId, code: `T${p}`, name: `Tỉnh ${p}`, kind: "PROVINCE", parentId: null });
    for (let b = 0; b < blocsIn(p); b += 1) {
      const bloc = {
        id: randomUUID(),
        provinceId,
        province: p,
        number: b + 1,
        size: BLOC_SIZES[(p + b) % BLOC_SIZES.length] ?? 10,
      };
      blocs.push(bloc);
      for (let position = 0; position < bloc.size; position += 1) {
        const unitId = randomUUID();
        const code = `T${p}-K${b + 1}-${position + 1}`;
        const kind = position % 3 === 0 ? "WARD" : "COMMUNE";
        units.push({
          id: unitId,
          code,
          name: `${kind === "WARD" ? "Phường" : "Xã"} ${code}`,
          kind,
          parentId: provinceId,
        });
        members.push({ blocId: bloc.id, unitId, position });
      }
    }
  }

  await insertAll(
    units.filter((unit) => unit.kind === "PROVINCE"),
    (data) => prisma.unit.createMany({ data }),
  );
  await insertAll(
    units.filter((unit) => unit.kind !== "PROVINCE"),
    (data) => prisma.unit.createMany({ data }),
  );
  await prisma.bloc.createMany({
    data: blocs.map((bloc, index) => ({
      id: bloc.id,
      code: `K${String(index + 1).padStart(3, "0")}`,
      name: `Cụm thi đua số ${bloc.number} tỉnh ${bloc.province}`,
      provinceId: bloc.provinceId,
    })),
  });

  const blocYears = blocs.flatMap((bloc) => SCALE.years.map((year) => ({ id: randomUUID(), blocId: bloc.id, year })));
  await prisma.blocYear.createMany({ data: blocYears });
  const blocYearId = new Map(blocYears.map((row) => [`${row.blocId}|${row.year}`, row.id]));
  await insertAll(
    members.flatMap((member) =>
      SCALE.years.map((year) => ({
        blocYearId: blocYearId.get(`${member.blocId}|${year}`) ?? "",
        unitId: member.unitId,
        year,
        position: member.position,
      })),
    ),
    (data) => prisma.membership.createMany({ data }),
  );
  await prisma.period.createMany({
    data: blocYears.flatMap((row) =>
      [1, 2, 3, 4].map((quarter) => ({
        blocYearId: row.id,
        quarter,
        status: row.year === BENCH_YEAR && quarter === 4 ? ("OPEN" as const) : ("PUBLISHED" as const),
      })),
    ),
  });

  const sets = blocYears.map((row) => ({
    id: randomUUID(),
    blocId: row.blocId,
    year: row.year,
    name: `Giao ước thi đua năm ${row.year}`,
    ...BENCH_SET,
  }));
  await insertAll(sets, (data) => prisma.criteriaSet.createMany({ data }));
  const groups = sets.flatMap((set) =>
    GROUP_CODES.map((code, position) => ({ id: randomUUID(), setId: set.id, code, name: `Nhóm ${code}`, position })),
  );
  await insertAll(groups, (data) => prisma.criteriaGroup.createMany({ data }));
  const groupId = new Map(groups.map((group) => [`${group.setId}|${group.code}`, group.id]));
  await insertAll(
    sets.flatMap((set) =>
      BENCH_CRITERIA.map(({ groupCode, ...criterion }, position) => ({
        ...criterion,
        setId: set.id,
        groupId: groupId.get(`${set.id}|${groupCode}`) ?? "",
        name: `Tiêu chí ${criterion.code}`,
        position,
      })),
    ),
    (data) => prisma.criterion.createMany({ data }),
  );

  await prisma.$executeRaw`
    INSERT INTO "Target" (id, "criterionId", "unitId", value, "updatedAt")
    SELECT gen_random_uuid()::text, c.id, m."unitId", 40 + abs(hashtext(c.id || m."unitId")) % 60, now()
    FROM "Membership" m
    JOIN "BlocYear" y ON y.id = m."blocYearId"
    JOIN "CriteriaSet" s ON s."blocId" = y."blocId" AND s.year = y.year
    JOIN "Criterion" c ON c."setId" = s.id AND c.kind IN ('TARGET_PERCENT', 'BANDS')`;

  let resultCount = 0;
  for (const year of SCALE.years) {
    for (const quarter of [1, 2, 3, 4]) resultCount += await insertQuarter(prisma, year, quarter);
  }

  await prisma.user.create({
    data: {
      username: BENCH_USERNAME,
      displayName: "Benchmark admin",
      role: "ADMIN",
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
  });
  return { provinceIds, blocs, unitIds: members.map((member) => member.unitId), resultCount };
}

/**
 * One quarter's results for every unit, computed in the database: a unit's strength (0,3–1)
 * comes from its id, so strong units stay strong and rankings look like real ones.
 */
function insertQuarter(prisma: PrismaClient, year: number, quarter: number): Promise<number> {
  return prisma.$executeRaw`
    INSERT INTO "Result" (id, "criterionId", "unitId", quarter, "reportedValue", "verifiedValue", "updatedAt")
    SELECT gen_random_uuid()::text, f."criterionId", f."unitId", ${quarter}, f.value,
           CASE WHEN random() < 0.1 THEN round(f.value * 0.9, 4) ELSE f.value END, now()
    FROM (
      SELECT c.id AS "criterionId", m."unitId",
        (CASE c.kind
          WHEN 'YES_NO' THEN CASE WHEN random() < 0.5 + 0.5 * u.strength THEN 1 ELSE 0 END
          WHEN 'QUALITATIVE' THEN round(c."maxPoints" * (0.4 + 0.6 * u.strength) * (0.9 + 0.1 * random())::numeric, 2)
          WHEN 'DEDUCTION' THEN CASE WHEN random() < 0.15 * (1.3 - u.strength) THEN 1 ELSE 0 END
          WHEN 'BONUS' THEN CASE WHEN random() < 0.6 * u.strength THEN 1 + floor(random() * 4) ELSE 0 END
          ELSE round(t.value / 4 * (0.5 + 0.6 * u.strength) * (0.85 + 0.3 * random())::numeric, 1)
        END)::numeric AS value
      FROM "Membership" m
      JOIN "BlocYear" y ON y.id = m."blocYearId" AND y.year = ${year}
      JOIN "CriteriaSet" s ON s."blocId" = y."blocId" AND s.year = y.year
      JOIN "Criterion" c ON c."setId" = s.id AND (c.reporting = 'QUARTERLY' OR ${quarter} = 4)
      LEFT JOIN "Target" t ON t."criterionId" = c.id AND t."unitId" = m."unitId"
      CROSS JOIN LATERAL (SELECT (0.3 + (abs(hashtext(m."unitId")) % 70) / 100.0)::numeric AS strength) u
    ) f`;
}
