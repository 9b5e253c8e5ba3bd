import type { AuditItem } from "../../stores/history";

type Json = AuditItem["before"];
type Scalar = string | number | boolean | null;

/** The scalar fields an audit row changed, old → new, in the order the row keeps them. */
export function changedFields(
  item: Pick<AuditItem, "before" | "after">,
): { field: string; before: Scalar; after: Scalar }[] {
  const objectOf = (json: Json): Record<string, Json | undefined> =>
    json !== null && typeof json === "object" && !Array.isArray(json) ? json : {};
  const scalar = (value: Json | undefined): Scalar =>
    value === undefined || (value !== null && typeof value === "object") ? null : value;
  const [old, now] = [objectOf(item.before), objectOf(item.after)];
  return [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter((field) => field !== "revertOf")
    .map((field) => ({ field, before: scalar(old[field]), after: scalar(now[field]) }))
    .filter((change) => change.before !== change.after);
}
