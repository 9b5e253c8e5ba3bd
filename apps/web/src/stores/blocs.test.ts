// @vitest-environment node
import { describe, expect, it } from "vitest";
import { useApiBackend } from "../testing/api-backend";
import { useBlocsStore } from "./blocs";
import { useSessionStore } from "./session";

const backend = useApiBackend();

describe("blocs store", () => {
  it("lists only the blocs the user may read", async () => {
    await useSessionStore().signIn("dieuphoi.backan", "thidua@2025");
    expect((await useBlocsStore().list()).map((bloc) => bloc.code)).toEqual(["BKN-HUYEN"]);

    await useSessionStore().signIn("lanhdao.laocai", "thidua@2025");
    const codes = (await useBlocsStore().list()).map((bloc) => bloc.code);
    expect(codes).toEqual(expect.arrayContaining(["LCI-HUYEN", "LCI-DOANTHE", "LCI-CUM1"]));
    expect(codes).not.toContain("BKN-HUYEN");
  });

  it("gives a bloc's years with their quarters' statuses, newest first", async () => {
    await useSessionStore().signIn("dieuphoi.laocai", "thidua@2025");
    const bloc = await useBlocsStore().byId(backend.seed.blocs["LCI-CUM1"]);
    expect(bloc.years[0]?.year).toBe(2025);
    expect(bloc.years[0]?.periods.find((period) => period.quarter === 4)?.status).toBe("LOCKED");
    expect(bloc.canManage).toBe(true);
  });
});
