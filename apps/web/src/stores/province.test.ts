// @vitest-environment node
import { describe, expect, it } from "vitest";
import { useApiBackend } from "../testing/api-backend";
import { useProvinceStore } from "./province";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("province store", () => {
  it("overviews the leader's province with its blocs' periods, on the newest quarter with figures unless asked", async () => {
    await useSessionStore().signIn("lanhdao.laocai", "thidua@2025");
    const province = useProvinceStore();
    const opened = await province.overview({});
    expect(opened.provinces.map((entry) => entry.id)).toEqual([backend.seed.units.LCI]);
    expect(opened.provinceId).toBe(backend.seed.units.LCI);
    expect(opened.blocs.map((bloc) => bloc.blocId).sort()).toEqual(
      [backend.seed.blocs["LCI-CUM1"], backend.seed.blocs["LCI-DOANTHE"], backend.seed.blocs["LCI-HUYEN"]].sort(),
    );
    expect(opened.overview).toMatchObject({ year: opened.year, quarter: opened.quarter });
    const asked = await province.overview({ provinceId: backend.seed.units.LCI, year: 2025, quarter: 4 });
    expect(asked.overview?.blocs).toHaveLength(3);
  });
});
