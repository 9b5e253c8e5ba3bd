import { fieldKey, type FieldRef, type Side } from "./sheet-keys";
import { storedValue, type Drafts, type StoredCells } from "./sheet-edits";

/** A figure someone else saved since the page read it. */
export interface ChangedField extends FieldRef {
  before: number | null;
  theirs: number | null;
  /** What this user typed into the same figure, if anything: the two edits collide. */
  mine: string | null;
}

const SIDES: Side[] = ["self", "verified"];

/** Every figure whose stored value moved between two reads, and whether this user's drafts touch it. */
export function changesByOthers(previous: StoredCells, fresh: StoredCells, drafts: Drafts): ChangedField[] {
  const keys = new Set([...previous.keys(), ...fresh.keys()]);
  const changed: ChangedField[] = [];
  for (const key of keys) {
    if (previous.get(key)?.version === fresh.get(key)?.version) continue;
    const [unitId = "", criterionId = ""] = key.split("|");
    for (const side of SIDES) {
      const field = { unitId, criterionId, side };
      const before = storedValue(previous, field);
      const theirs = storedValue(fresh, field);
      if (before === theirs) continue;
      changed.push({ ...field, before, theirs, mine: drafts.get(fieldKey(field)) ?? null });
    }
  }
  return changed;
}

/**
 * The drafts to keep on top of the fresh figures. Edits that did not collide always stay; colliding
 * ones stay only when the user keeps theirs (saving then overwrites the other person's figure).
 */
export function rebaseDrafts(
  drafts: Drafts,
  changed: readonly ChangedField[],
  keep: "mine" | "theirs",
): Map<string, string> {
  const next = new Map(drafts);
  if (keep === "theirs") {
    for (const field of changed) if (field.mine !== null) next.delete(fieldKey(field));
  }
  return next;
}
