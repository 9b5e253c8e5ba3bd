import { describe, expect, it } from "vitest";
import { deadlineEnd, isLate, vietnamDate } from "./deadline";

describe("submission deadlines", () => {
  it("end at midnight after the deadline day, Vietnam time", () => {
    expect(deadlineEnd("2025-10-15").toISOString()).toBe("2025-10-15T17:00:00.000Z");
    expect(deadlineEnd("2025-12-31").toISOString()).toBe("2025-12-31T17:00:00.000Z");
  });

  it("count a submission on the deadline day as on time and one a moment later as late", () => {
    expect(isLate(new Date("2025-10-15T16:59:59.999Z"), "2025-10-15")).toBe(false);
    expect(isLate(new Date("2025-10-15T17:00:00.000Z"), "2025-10-15")).toBe(true);
    expect(isLate(new Date("2025-10-01T02:00:00.000Z"), "2025-10-15")).toBe(false);
  });

  it("never call a submission late without a deadline", () => {
    expect(isLate(new Date("2030-01-01T00:00:00Z"), null)).toBe(false);
  });

  it("name the day in Vietnam's calendar", () => {
    expect(vietnamDate(new Date("2025-10-15T16:59:00Z"))).toBe("2025-10-15");
    expect(vietnamDate(new Date("2025-10-15T17:00:00Z"))).toBe("2025-10-16");
  });
});
