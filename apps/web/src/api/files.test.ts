import { describe, expect, it } from "vitest";
import { fileNameFrom, fileUrl } from "./files";

describe("downloads", () => {
  it("takes the Vietnamese name from filename* and falls back to the ASCII one", () => {
    expect(
      fileNameFrom(
        "attachment; filename=\"Bang xep hang - Quy II-2025.xlsx\"; filename*=UTF-8''B%E1%BA%A3ng%20x%E1%BA%BFp%20h%E1%BA%A1ng%20%E2%80%93%20Qu%C3%BD%20II-2025.xlsx",
        "ranking.xlsx",
      ),
    ).toBe("Bảng xếp hạng – Quý II-2025.xlsx");
    expect(fileNameFrom('attachment; filename="Bang xep hang.xlsx"', "ranking.xlsx")).toBe("Bang xep hang.xlsx");
    expect(fileNameFrom(null, "ranking.xlsx")).toBe("ranking.xlsx");
  });

  it("builds the file's address from its parameters, leaving out the empty ones", () => {
    expect(fileUrl("ranking.csv", { bloc: "b1", year: 2025, quarter: 2, side: undefined, basis: null })).toBe(
      "/files/ranking.csv?bloc=b1&year=2025&quarter=2",
    );
  });
});
