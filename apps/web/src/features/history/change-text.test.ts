import { describe, expect, it } from "vitest";
import { changeText, type ChangeWords } from "./change-text";

const words: ChangeWords = {
  field: (name) => ({ reportedValue: "Số liệu tự chấm", status: "Trạng thái quý" })[name] ?? name,
  empty: "(trống)",
  number: (value) => value.toLocaleString("vi-VN"),
  status: (value) => ({ OPEN: "Đang nhập", LOCKED: "Đã khóa" })[value] ?? value,
};

describe("changeText", () => {
  it("writes a figure's change in the interface language, an empty side as empty", () => {
    expect(changeText({ field: "reportedValue", before: null, after: 3.7 }, words)).toBe(
      "Số liệu tự chấm: (trống) → 3,7",
    );
    expect(changeText({ field: "reportedValue", before: 127600, after: 575.8 }, words)).toBe(
      "Số liệu tự chấm: 127.600 → 575,8",
    );
  });

  it("names quarter statuses and keeps unknown fields readable", () => {
    expect(changeText({ field: "status", before: "OPEN", after: "LOCKED" }, words)).toBe(
      "Trạng thái quý: Đang nhập → Đã khóa",
    );
    expect(changeText({ field: "explanation", before: "", after: "Giải trình" }, words)).toBe(
      "explanation: (trống) → Giải trình",
    );
  });
});
