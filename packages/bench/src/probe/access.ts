import { TRPCClientError, type TRPCClient } from "@trpc/client";
import type { z } from "zod";
import { appRouter, type AppRouter } from "@thidua/api";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@thidua/db/seed";
import { httpClient } from "@thidua/server/testing";
import { sampleInput, type Targets } from "./sample-input";
import { tally, type Tally } from "./tally";

type Client = TRPCClient<AppRouter>;

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation"; inputs: z.ZodType[] } }
>;

function call(client: Client, path: string, input: unknown): Promise<unknown> {
  let target: unknown = client;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  const procedure = target as Record<"query" | "mutate", (input: unknown) => Promise<unknown>>;
  return procedures[path]?._def.type === "mutation" ? procedure.mutate(input) : procedure.query(input);
}

interface Province {
  targets: Targets;
  /** Names of the province, its units and blocs: none may reach a caller outside it. */
  names: string[];
}

async function provinceOf(admin: Client, code: "LCI" | "BKN"): Promise<Province> {
  const provinces = await admin.units.provinces.query();
  const province = provinces.find((candidate) => candidate.code === code)!;
  const units = await admin.units.list.query({ provinceId: province.id });
  const blocs = (await admin.blocs.list.query({})).filter((bloc) => bloc.province.id === province.id);
  const bloc = blocs[0]!;
  const set = await admin.criteria.byBlocYear.query({ blocId: bloc.id, year: 2025 });
  const member = units.find((unit) => unit.id !== province.id)!;
  return {
    targets: {
      bloc: bloc.id,
      unit: member.id,
      province: province.id,
      criterion: set?.groups[0]?.criteria[0]?.id ?? "none",
    },
    names: [province.name, ...units.map((unit) => unit.name), ...blocs.map((bloc) => bloc.name)],
  };
}

/** What the caller sees of an answer: its data, or its error's message and named cells. */
function visible(outcome: unknown): string {
  if (outcome instanceof TRPCClientError) return JSON.stringify({ message: outcome.message, data: outcome.data });
  return JSON.stringify(outcome ?? null);
}

const INTERNALS = /node_modules|\.ts:\d+|at \w+ \(|prisma:|"stack"/i;

/**
 * Every signed-out or non-admin caller at every procedure, with ids of the province it may not
 * read (and, where a call names a bloc and units, its own bloc with the other province's units):
 * held when nothing of that province comes back, no server error, and no internals.
 */
export async function probeAccess(origin: string): Promise<Tally[]> {
  const attempts = tally("access attempts (every caller × procedure)");
  const leaks = tally("refusals and answers naming the other province");
  const admin = httpClient(origin).client;
  await admin.auth.login.mutate({ username: "admin", password: DEMO_PASSWORD });
  const provinces = { LCI: await provinceOf(admin, "LCI"), BKN: await provinceOf(admin, "BKN") };

  const callers = ["anonymous", ...DEMO_ACCOUNTS.map((account) => account.username).filter((name) => name !== "admin")];
  for (const caller of callers) {
    const client = httpClient(origin, caller.length % 2 ? "vi" : "en").client;
    let home: "LCI" | "BKN" = "BKN";
    let ownBloc: string | null = null;
    if (caller !== "anonymous") {
      await client.auth.login.mutate({ username: caller, password: DEMO_PASSWORD });
      const readable = await client.blocs.list.query({});
      ownBloc = readable[0]?.id ?? null;
      home = readable[0]?.province.id === provinces.LCI.targets.province ? "LCI" : "BKN";
    }
    const foreign = provinces[home === "LCI" ? "BKN" : "LCI"];
    for (const [path, procedure] of Object.entries(procedures)) {
      // Signing out would end the session the rest of this caller's attempts use.
      if (path === "auth.logout") continue;
      const [schema] = procedure._def.inputs;
      const variants = [foreign.targets];
      const keys = JSON.stringify(sampleInput(path, schema, foreign.targets) ?? null);
      if (ownBloc && keys.includes(foreign.targets.bloc) && keys.includes(foreign.targets.unit)) {
        variants.push({ ...foreign.targets, bloc: ownBloc });
      }
      for (const targets of variants) {
        const outcome = await call(client, path, sampleInput(path, schema, targets)).catch((error: unknown) => error);
        const seen = visible(outcome);
        const named = foreign.names.filter((name) => seen.includes(name));
        const serverError = outcome instanceof TRPCClientError && outcome.data?.code === "INTERNAL_SERVER_ERROR";
        const internals = INTERNALS.test(seen);
        leaks.record(named.length === 0, named.length ? `${caller} ${path}: ${named[0]}` : undefined);
        attempts.record(
          named.length === 0 && !serverError && !internals,
          serverError || internals ? `${caller} ${path}: ${serverError ? "500" : "internals"}` : undefined,
        );
      }
    }
  }
  return [attempts, leaks];
}
