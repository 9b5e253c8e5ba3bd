import { describe, expect, it } from "vitest";
import { readMigrations } from "./migrate";
import { createTestDatabase } from "./testing";

describe("PostgreSQL server", () => {
  it("takes the same migration history and round-trips decimals and JSON", async () => {
    const database = await createTestDatabase("postgres");
    try {
      expect(database.appliedMigrations).toEqual(readMigrations().map((migration) => migration.name));
      const province = await database.prisma.unit.create({
        data: { code: "BK", name: "Tỉnh Bắc Kạn", kind: "PROVINCE" },
      });
      const bloc = await database.prisma.bloc.create({
        data: { code: "BK-H", name: "Khối huyện", provinceId: province.id },
      });
      const set = await database.prisma.criteriaSet.create({
        data: {
          blocId: bloc.id,
          year: 2025,
          name: "Giao ước 2025",
          contentMaxPoints: "90",
          bonusCap: "10",
          classification: [{ code: "XS", label: "Xuất sắc", minTotal: 90 }],
          tieBreak: [],
        },
      });
      const read = await database.prisma.criteriaSet.findUniqueOrThrow({ where: { id: set.id } });
      expect(read.contentMaxPoints.toString()).toBe("90");
      expect(read.classification).toEqual([{ code: "XS", label: "Xuất sắc", minTotal: 90 }]);
    } finally {
      await database.close();
    }
  });
});
