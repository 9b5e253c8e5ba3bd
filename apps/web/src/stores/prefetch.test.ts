import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetch, takePrefetched } from "./prefetch";

afterEach(() => vi.useRealTimers());

describe("prefetched answers", () => {
  it("are handed once to the first call with the same procedure and input", async () => {
    const load = vi.fn(async () => "ranking");
    prefetch("rankings.bloc", { blocId: "b", quarter: 2 }, load);
    const fresh = vi.fn(async () => "fresh");
    await expect(takePrefetched("rankings.bloc", { blocId: "b", quarter: 2 }, fresh)).resolves.toBe("ranking");
    await expect(takePrefetched("rankings.bloc", { blocId: "b", quarter: 2 }, fresh)).resolves.toBe("fresh");
    expect(load).toHaveBeenCalledTimes(1);
    expect(fresh).toHaveBeenCalledTimes(1);
  });

  it("never answer another input or procedure", async () => {
    prefetch("rankings.bloc", { blocId: "b", quarter: 2 }, async () => "quarter 2");
    await expect(takePrefetched("rankings.bloc", { blocId: "b", quarter: 3 }, async () => "quarter 3")).resolves.toBe(
      "quarter 3",
    );
    await expect(takePrefetched("blocs.byId", { blocId: "b", quarter: 2 }, async () => "bloc")).resolves.toBe("bloc");
  });

  it("go stale after a few seconds, so nobody sees an old answer", async () => {
    vi.useFakeTimers();
    prefetch("blocs.byId", { id: "b" }, async () => "old");
    vi.advanceTimersByTime(6000);
    await expect(takePrefetched("blocs.byId", { id: "b" }, async () => "new")).resolves.toBe("new");
  });
});
