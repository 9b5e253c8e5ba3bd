import { describe, expect, it } from "vitest";
import type { BlocYear, ProvinceUnit } from "../../stores/setup";
import { addMember, candidates, membersDraftOf, removeMember, saveYearInputOf, setLeader } from "./members-draft";

const unit = (id: string, name: string): ProvinceUnit => ({
  id,
  code: id.toUpperCase(),
  name,
  kind: "DISTRICT",
  parentId: "lci",
  archivedAt: null,
});

const year: BlocYear = {
  id: "by",
  blocId: "bloc",
  year: 2026,
  version: 1,
  members: [
    { unitId: "batxat", code: "BATXAT", name: "Huyện Bát Xát", kind: "DISTRICT", position: 0 },
    { unitId: "bacha", code: "BACHA", name: "Huyện Bắc Hà", kind: "DISTRICT", position: 1 },
    { unitId: "sapa", code: "SAPA", name: "Thị xã Sa Pa", kind: "TOWN", position: 2 },
  ],
  head: { unitId: "batxat", name: "Huyện Bát Xát" },
  deputy: { unitId: "bacha", name: "Huyện Bắc Hà" },
  periods: [],
  canManage: true,
};

describe("members draft", () => {
  it("saves the members in order with the version read", () => {
    expect(saveYearInputOf(membersDraftOf(year), year)).toEqual({
      blocId: "bloc",
      year: 2026,
      version: 1,
      memberUnitIds: ["batxat", "bacha", "sapa"],
      headUnitId: "batxat",
      deputyUnitId: "bacha",
    });
  });

  it("adds a unit once, at the end, and offers only units not yet members", () => {
    const draft = membersDraftOf(year);
    const province = [unit("batxat", "Huyện Bát Xát"), unit("vanban", "Huyện Văn Bàn")];
    expect(candidates(province, draft).map((each) => each.id)).toEqual(["vanban"]);
    addMember(draft, province[1]!);
    addMember(draft, province[1]!);
    expect(draft.members.map((member) => member.unitId)).toEqual(["batxat", "bacha", "sapa", "vanban"]);
    expect(candidates(province, draft)).toEqual([]);
  });

  it("drops the leadership of a unit that leaves", () => {
    const draft = membersDraftOf(year);
    removeMember(draft, "batxat");
    expect(draft).toMatchObject({ headUnitId: null, deputyUnitId: "bacha" });
    expect(draft.members).toHaveLength(2);
  });

  it("moves a role rather than giving one unit both", () => {
    const draft = membersDraftOf(year);
    setLeader(draft, "deputy", "batxat");
    expect(draft).toMatchObject({ headUnitId: null, deputyUnitId: "batxat" });
    setLeader(draft, "head", "batxat");
    expect(draft).toMatchObject({ headUnitId: "batxat", deputyUnitId: null });
  });
});
