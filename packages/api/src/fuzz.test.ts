import fc from "fast-check";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { DEMO_ACCOUNTS } from "@thidua/db/seed";
import { fieldLabels } from "./i18n/field-labels";
import type { Locale } from "./i18n/locale";
import { messages, type MessageKey } from "./i18n/messages";
import { appRouter, type AppRouter } from "./root";
import { createApiHarness, type ApiClient, type ApiHarness } from "./testing/harness";

/**
 * Every procedure, called by every role with generated hostile input (wrong types, NaN, ±Infinity,
 * 1e308, NUL, lone surrogates, invisible characters, 1 MB strings, deep nesting), mostly inside an
 * otherwise well-formed input so the bad value reaches the field it is in: never a 500, always a
 * message in the caller's language, and a refused call writes nothing.
 */

// At run time tRPC keeps every procedure by its dotted path; new procedures are fuzzed as they come.
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation"; inputs: z.ZodType[] } }
>;

/** One demo account per role, and the signed-out caller. */
const CALLERS = [
  "anonymous",
  ...new Map(DEMO_ACCOUNTS.map((account) => [account.role, account.username])).values(),
] as const;

/** Cases per procedure and caller through the API, and per text field for its schema alone. */
const RUNS = 3;
const FIELD_RUNS = 60;

const MEGABYTE = "x".repeat(1024 * 1024);
const deep = (depth: number) => {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { nested: value };
  return value;
};
const DEEP = deep(400);

/** Values no input should take, whatever type it expects. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    -1,
    2 ** 53 + 1,
    null,
    true,
    "",
    " ",
    "\u0000",
    "Bát\u0000Xát",
    "\ud800",
    "a\udfffb",
    "LCI\u200bHUYEN",
    "\u202eNEYUH-ICL",
    "ＬＣＩ-HUYEN",
    "https://x.vn/\u0000",
    "javascript:alert(1)",
    [],
    {},
    ["\u0000"],
    { __proto__: { admin: true } },
    MEGABYTE,
    DEEP,
  ),
  // Any UTF-16 code units, lone surrogates and controls included.
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((units) => String.fromCharCode(...units)),
);

interface Pools {
  ids: string[];
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
/** Schemas that only wrap another (optional, nullable, with a default...): what matters is inside. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch"]);
/** The schema inside any wrappers and pipes: what the raw input is checked against first. */
const unwrapped = (schema: unknown): Def => {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return unwrapped(def.innerType);
  return def.type === "pipe" ? unwrapped(def.in) : def;
};

/**
 * An input shaped like the schema, with real ids and plausible figures, where any field may be
 * hostile instead; so most cases pass every check but one and reach deep into the input.
 */
function shaped(schema: unknown, pools: Pools, key = ""): fc.Arbitrary<unknown> {
  const def = unwrapped(schema);
  const wrap = (good: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: hostile, weight: 1 });
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      return wrap(
        fc.record(Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, shaped(child, pools, name)]))),
      );
    }
    case "array":
      return wrap(fc.array(shaped(def.element, pools, key), { minLength: 1, maxLength: 3 }));
    case "intersection":
      return fc
        .tuple(shaped(def.left, pools, key), shaped(def.right, pools, key))
        .map(([left, right]) => ({ ...(left as object), ...(right as object) }));
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => shaped(option, pools, key)));
    case "enum":
      return wrap(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case "literal":
      return wrap(fc.constantFrom(...(def.values as unknown[])));
    case "boolean":
      return wrap(fc.boolean());
    case "number":
      if (/year/i.test(key)) return wrap(fc.constantFrom(2024, 2025, 2026));
      if (key === "quarter") return wrap(fc.integer({ min: 1, max: 4 }));
      if (key === "version") return wrap(fc.constantFrom(1, 2, 3));
      return wrap(fc.constantFrom(0, 1, 2.5, 10, 100, 1000));
    case "string":
      if (/id$|ids$|cursor/i.test(key)) return wrap(fc.constantFrom(...pools.ids));
      if (/url/i.test(key)) return wrap(fc.constantFrom("https://laocai.gov.vn/bien-ban.pdf", "http://x.vn/a b"));
      if (/code/i.test(key)) return wrap(fc.constantFrom("LCI-FUZZ-1", "I.1", "LCI-HUYEN"));
      return wrap(fc.constantFrom("Khối thi đua thử", "Ghi chú\nhai dòng", "admin"));
    default:
      return hostile;
  }
}

const inputOf = (path: string, pools: Pools): fc.Arbitrary<unknown> => {
  const [schema] = procedures[path]?._def.inputs ?? [];
  // A procedure without input still gets something to ignore or refuse.
  return schema
    ? fc.oneof({ arbitrary: shaped(schema, pools), weight: 3 }, { arbitrary: hostile, weight: 1 })
    : hostile;
};

/** Whether `message` is `key`'s text in `locale`, placeholders filled with anything. */
function isTranslation(message: string, key: MessageKey, locale: Locale): boolean {
  const template = messages[key][locale];
  const pattern = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`).test(message);
}

function call(client: ApiClient, path: string, input: unknown): Promise<unknown> {
  let target: unknown = client;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  const procedure = target as Record<"query" | "mutate", (input: unknown) => Promise<unknown>>;
  return procedures[path]?._def.type === "mutation" ? procedure.mutate(input) : procedure.query(input);
}

let h: ApiHarness;
let pools: Pools;

beforeAll(async () => {
  h = await createApiHarness();
  const { units, blocs, criteria, users } = h.seed;
  pools = {
    ids: [
      ...new Set([
        ...Object.values(units).slice(0, 6),
        units["BKN-CHODON"],
        ...Object.values(blocs).slice(0, 3),
        ...Object.values(criteria["LCI-HUYEN"][2025] ?? {}).slice(0, 4),
        ...Object.values(users).slice(0, 2),
        "nope",
      ]),
    ],
  };
});

afterAll(async () => {
  await h?.close();
});

const clientFor = (caller: string, locale: Locale, path: string) => {
  if (caller === "anonymous") return Promise.resolve(h.anonymous(locale));
  // Session calls (signing out, signing in as someone else) get a client of their own.
  return path.startsWith("auth.") ? h.signIn(caller, locale) : h.as(caller, locale);
};

describe.each(Object.keys(procedures))("%s", (path) => {
  it.each(CALLERS)(
    "as %s: refuses bad input in the caller's language, with no 500 and nothing written",
    async (caller) => {
      await fc.assert(
        fc.asyncProperty(inputOf(path, pools), fc.constantFrom<Locale>("vi", "en"), async (input, locale) => {
          const client = await clientFor(caller, locale, path);
          const auditRows = await h.changesOnRecord();
          const outcome = await call(client, path, input).then(
            () => null,
            (error: unknown) => error,
          );
          // Allowed and well-formed after all: the call did its job.
          if (outcome === null) return;
          if (!(outcome instanceof TRPCClientError)) throw outcome;
          const { data, message } = outcome as TRPCClientError<AppRouter>;
          expect(data?.code, message).not.toBe("INTERNAL_SERVER_ERROR");
          expect(data?.messageKey, message).toBeTruthy();
          expect(isTranslation(message, data!.messageKey!, locale), `${message} is not in ${locale}`).toBe(true);
          expect(await h.changesOnRecord()).toBe(auditRows);
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );
});

/** Every field of every input that takes text, by its path ("results.saveGrid cells.note"). */
function textFields(schema: unknown, path: string, found: Map<string, z.ZodType>, seen = new Set<unknown>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = unwrapped(schema);
  const inner = (child: unknown, name = path): void => textFields(child, name, found, seen);
  switch (def.type) {
    case "object":
      for (const [name, child] of Object.entries(def.shape as Record<string, unknown>)) {
        const field = path ? `${path}.${name}` : name;
        if (acceptsText(child)) found.set(field, child as z.ZodType);
        inner(child, field);
      }
      return;
    case "array":
      return inner(def.element);
    case "intersection":
      inner(def.left);
      return inner(def.right);
    case "union":
      return (def.options as unknown[]).forEach((option) => inner(option));
  }
}

const acceptsText = (schema: unknown) => unwrapped(schema).type === "string";

/** Text no field may store: NUL and other controls (line breaks aside), lone surrogates, invisible characters. */
const UNSTORABLE = /[^\P{Cc}\t\n]|\p{Cs}|\p{Cf}/u;
/** A password is only hashed, never stored or shown: it may hold invisible characters (emoji joiners), nothing else. */
const UNHASHABLE = /\p{Cc}|\p{Cs}/u;

const badText = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "Bát\u0000Xát",
    "\ud800",
    "a\udfffb",
    "LCI\u200bHUYEN",
    "\u202eNEYUH",
    "https://x.vn/\u0000",
  ),
  fc
    .tuple(fc.string(), fc.constantFrom("\u0000", "\ud800", "\u200b", "\u202e", "\u001b", "\ufeff"), fc.string())
    .map((parts) => parts.join("")),
);

describe("every text field of every input", () => {
  const fields = new Map<string, z.ZodType>();
  for (const [path, procedure] of Object.entries(procedures)) {
    const inFields = new Map<string, z.ZodType>();
    for (const schema of procedure._def.inputs) textFields(schema, "", inFields);
    for (const [field, schema] of inFields) fields.set(`${path} ${field}`, schema);
  }

  it("is found, so the check below covers something", () => {
    expect(fields.size).toBeGreaterThan(20);
  });

  it("has a name in both languages, so a refusal tells the user which field", () => {
    const unnamed = [...fields.keys()]
      .map((field) => field.split(/[ .]/).at(-1)!)
      .filter((name) => !Object.hasOwn(fieldLabels, name));
    expect(unnamed, "add them to i18n/field-labels.ts").toEqual([]);
  });

  it.each([...fields.keys()])("%s refuses what no database or reader should get", (field) => {
    const schema = fields.get(field)!;
    fc.assert(
      fc.property(badText, (text) => {
        const parsed = schema.safeParse(text);
        if (!parsed.success) return;
        const stored = parsed.data;
        const refused = /password$/i.test(field) ? UNHASHABLE : UNSTORABLE;
        const kept = typeof stored === "string" && refused.test(stored);
        expect(kept, `${field} kept ${JSON.stringify(stored)}`).toBe(false);
      }),
      { numRuns: FIELD_RUNS },
    );
  });
});
