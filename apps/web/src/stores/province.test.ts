// @vitest-environment node
import { describe, expect, it } from "vitest";
import { useApiBackend } from "../testing/api-backend";
import { useProvinceStore } from "./province";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("province store", () => {
  it("overviews the leader's province and gives its blocs' periods for the default quarter", async () => {
    await useSessionStore().signIn("lanhdao.laocai", "thidua@2025");
    const province = useProvinceStore();
    const [provinces, blocs] = await Promise.all([province.provinces(), province.blocPeriods(backend.seed.units.LCI)]);
    expect(provinces.map((entry) => entry.id)).toEqual([backend.seed.units.LCI]);
    expect(blocs.map((bloc) => bloc.code).sort()).toEqual(["LCI-CUM1", "LCI-DOANTHE", "LCI-HUYEN"]);
    const overview = await province.overview({ provinceId: backend.seed.units.LCI, year: 2025, quarter: 4 });
    expect(overview.blocs).toHaveLength(3);
  });
});
