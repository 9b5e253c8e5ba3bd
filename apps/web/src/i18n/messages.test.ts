import { describe, expect, it } from "vitest";
import { i18n } from "./index";

function keysOf(messages: unknown, prefix = ""): string[] {
  if (typeof messages !== "object" || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe("the dashboard's words", () => {
  it("are complete in English for every Vietnamese key, and the other way round", () => {
    const vi = keysOf(i18n.global.getLocaleMessage("vi")).sort();
    const en = keysOf(i18n.global.getLocaleMessage("en")).sort();
    expect(en.filter((key) => !vi.includes(key))).toEqual([]);
    expect(vi.filter((key) => !en.includes(key))).toEqual([]);
    expect(vi.length).toBeGreaterThan(100);
  });

  it("are never empty", () => {
    for (const locale of ["vi", "en"] as const) {
      const messages = i18n.global.getLocaleMessage(locale);
      const empty = keysOf(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
