import { describe, expect, it } from "vitest";
import { codeKey, normaliseText, textProblem } from "./text";

describe("normaliseText", () => {
  it("composes Vietnamese letters (NFC) and trims", () => {
    const decomposed = "  Ba\u0301t Xa\u0301t\t";
    expect(decomposed.normalize("NFC")).not.toBe(decomposed);
    expect(normaliseText(decomposed)).toBe("Bát Xát");
  });

  it("keeps line breaks of a multi-line text, as one kind", () => {
    expect(normaliseText(" Dòng 1\r\nDòng 2\rDòng 3 ", "multiline")).toBe("Dòng 1\nDòng 2\nDòng 3");
  });
});

describe("textProblem", () => {
  it("accepts ordinary Vietnamese text", () => {
    expect(textProblem("Huyện Bát Xát – Khối các huyện (2025)")).toBeNull();
    expect(textProblem("Đã tổ chức 12/15 buổi;\nđạt 80%", "multiline")).toBeNull();
  });

  it("refuses lone surrogates, which no database can store", () => {
    expect(textProblem("a\ud800b")).toBe("malformed");
    expect(textProblem("\udfff", "multiline")).toBe("malformed");
    expect(textProblem("😀")).toBeNull();
  });

  it("refuses NUL and other controls; a multi-line text keeps tabs and line breaks", () => {
    expect(textProblem("a\u0000b")).toBe("control");
    expect(textProblem("a\u0000b", "multiline")).toBe("control");
    expect(textProblem("a\nb")).toBe("control");
    expect(textProblem("a\u001bb", "multiline")).toBe("control");
    expect(textProblem("a\u0085b", "multiline")).toBe("control");
    expect(textProblem("a\n\tb", "multiline")).toBeNull();
  });

  it("refuses zero-width and bidirectional-override characters", () => {
    for (const hidden of ["\u200b", "\u200d", "\u00ad", "\ufeff", "\u202e", "\u2066"]) {
      expect(textProblem(`LCI${hidden}HUYEN`), JSON.stringify(hidden)).toBe("invisible");
      expect(textProblem(`ghi ${hidden}chú`, "multiline"), JSON.stringify(hidden)).toBe("invisible");
    }
  });

  it("takes only ASCII letters, digits and . - _ / in codes", () => {
    expect(textProblem("LCI-HUYEN", "code")).toBeNull();
    expect(textProblem(" II.1 ", "code")).toBeNull();
    expect(textProblem("LCI\u2010HUYEN", "code")).toBe("codeCharacters");
    expect(textProblem("ＬＣＩ-HUYEN", "code")).toBe("codeCharacters");
    expect(textProblem("LCI HUYEN", "code")).toBe("codeCharacters");
    expect(textProblem("BÁT-XÁT", "code")).toBe("codeCharacters");
    expect(textProblem("-LCI", "code")).toBe("codeCharacters");
  });
});

describe("codeKey", () => {
  it("makes codes equal whatever their case and surrounding spaces", () => {
    expect(codeKey(" lci-huyen ")).toBe(codeKey("LCI-HUYEN"));
    expect(codeKey("Lci-Cum1")).toBe("LCI-CUM1");
  });
});
