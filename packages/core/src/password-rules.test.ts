import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules";

describe("new passwords", () => {
  it("are at least 10 characters, counting a Vietnamese letter once however it was typed", () => {
    expect(passwordProblem("ngắn-quá", "lan")).toBe("tooShort");
    expect(passwordProblem("Đổi mật khẩu", "lan")).toBeNull();
    expect(passwordProblem("ờơớờơớờơớ1".normalize("NFD"), "lan")).toBe("fewCharacters");
    expect(passwordProblem("mùa-xuân-9".normalize("NFD"), "lan")).toBeNull();
  });

  it("refuse patterns of a few characters and the username inside", () => {
    expect(passwordProblem("aaaaaaaaaaaa", "lan")).toBe("fewCharacters");
    expect(passwordProblem("abababababab", "lan")).toBe("fewCharacters");
    expect(passwordProblem("Dieuphoi.LaoCai-2026", "dieuphoi.laocai")).toBe("containsUsername");
    expect(passwordProblem("song-hong-chay-mai", "dieuphoi.laocai")).toBeNull();
  });
});
