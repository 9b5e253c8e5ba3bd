import { describe, expect, it } from "vitest";
import { describeIssue } from "./i18n/zod-issues";
import { ZCode, ZName, ZOptionalText, ZSecret } from "./schemas";

const refusalOf = (result: { success: boolean; error?: { issues: unknown[] } }, locale: "vi" | "en" = "vi") =>
  result.success ? null : (result.error?.issues ?? []).map((issue) => describeIssue(issue as never, locale));

describe("text inputs", () => {
  it("are stored as NFC and trimmed", () => {
    expect(ZName().parse("  Huye\u0323\u0302n Ba\u0301t Xa\u0301t ")).toBe("Huyện Bát Xát");
    expect(ZCode().parse(" LCI-HUYEN ")).toBe("LCI-HUYEN");
    expect(ZOptionalText().parse("  ")).toBeNull();
  });

  it("refuse NUL, lone surrogates and invisible characters, saying why in the user's language", () => {
    expect(refusalOf(ZName().safeParse("Bát\u0000Xát"))).toEqual([
      "có ký tự điều khiển (NUL, xuống dòng, tab…) không được phép ở đây",
    ]);
    expect(refusalOf(ZName().safeParse("\ud800"), "en")).toEqual([
      "holds an invalid character (a lone UTF-16 surrogate)",
    ]);
    expect(refusalOf(ZCode().safeParse("LCI\u200bHUYEN"), "en")?.[0]).toMatch(/invisible character/);
    expect(refusalOf(ZCode().safeParse("ＬＣＩ-HUYEN"))?.[0]).toMatch(/^mã chỉ gồm/);
  });

  it("measure length on what is stored", () => {
    expect(ZName(5).safeParse("  abcde  ").success).toBe(true);
    expect(ZName(5).safeParse("abcdef").success).toBe(false);
    expect(ZName().safeParse("   ").success).toBe(false);
  });

  it("keep passwords as typed, refusing only what no keyboard types", () => {
    expect(ZSecret().parse(" mật khẩu ")).toBe(" mật khẩu ");
    expect(ZSecret().safeParse("a\u0000b").success).toBe(false);
    expect(ZSecret().safeParse("\udc00").success).toBe(false);
  });
});
