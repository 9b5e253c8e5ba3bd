import type { z } from "zod";

/** What an input's id fields should point at: the things of a province the caller may not read. */
export interface Targets {
  bloc: string;
  unit: string;
  province: string;
  criterion: string;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The id a field names, by its name and the procedure it belongs to. */
function idFor(procedure: string, key: string, targets: Targets): string {
  if (/^(bloc)Id$/.test(key)) return targets.bloc;
  if (/unitId|UnitId|memberUnitIds|entityId/.test(key)) return targets.unit;
  if (/provinceId|parentId/.test(key)) return targets.province;
  if (/criterionId/.test(key)) return targets.criterion;
  if (key === "id") return procedure.startsWith("blocs.") ? targets.bloc : targets.unit;
  return targets.unit;
}

/**
 * A well-formed input for a procedure, built from its schema, whose every id points at `targets`:
 * what a hostile user of one province would send to reach another's data.
 */
export function sampleInput(procedure: string, schema: z.ZodType | undefined, targets: Targets): unknown {
  if (!schema) return undefined;
  const build = (node: unknown, key: string): unknown => {
    const def = defOf(node);
    switch (def.type) {
      case "object":
        return Object.fromEntries(
          Object.entries(def.shape as Record<string, unknown>)
            .map(([name, child]) => [name, build(child, name)])
            .filter(([, value]) => value !== undefined),
        );
      case "array":
        return [build(def.element, key)];
      case "optional":
        // Optional ids are filled (they are what a probe aims at), other optional fields left out.
        return /id$|ids$/i.test(key) ? build(def.innerType, key) : undefined;
      case "nullable":
        return key === "version" ? null : build(def.innerType, key);
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
        return build(def.innerType, key);
      case "pipe":
        return build(def.in, key);
      case "intersection":
        return { ...(build(def.left, key) as object), ...(build(def.right, key) as object) };
      case "union":
        return build((def.options as unknown[])[0], key);
      case "enum":
        return Object.values(def.entries as Record<string, string>)[0];
      case "literal":
        return (def.values as unknown[])[0];
      case "boolean":
        return false;
      case "number":
        if (key === "sourceYear") return 2024;
        if (/year/i.test(key)) return 2025;
        if (key === "quarter") return 2;
        if (key === "limit") return 5;
        return 1;
      case "string":
        if (/id$|ids$/i.test(key)) return idFor(procedure, key, targets);
        if (/url/i.test(key)) return "https://probe.example/evidence.pdf";
        if (/code/i.test(key)) return `PROBE-${key.length}`;
        if (key === "password") return "not the password";
        return "Thăm dò";
      default:
        return undefined;
    }
  };
  return build(schema, "");
}
