import { describe, expect, it } from "vitest";
import { matchesSearch, searchFold } from "./search";

describe("search", () => {
  it("ignores diacritics, đ, case and spacing", () => {
    expect(searchFold("  Huyện  Bát Xát ")).toBe("huyen bat xat");
    expect(searchFold("Đoàn")).toBe("doan");
    expect(searchFold("Bát Xát".normalize("NFD"))).toBe("bat xat");
  });

  it("finds every word of the query in any of the texts", () => {
    expect(matchesSearch("bat xat", "Cán bộ thi đua huyện Bát Xát", "donvi.batxat")).toBe(true);
    expect(matchesSearch("DONVI xát", "Cán bộ huyện Bát Xát", "donvi.batxat")).toBe(true);
    expect(matchesSearch("bac ha", "Cán bộ huyện Bát Xát", "donvi.batxat")).toBe(false);
    expect(matchesSearch("   ", "anything")).toBe(true);
  });
});
