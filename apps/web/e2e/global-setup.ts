import type { TestProject } from "vitest/node";
import { freshDataDir, removeDataDir, startThidua } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    demoDatabase: string;
  }
}

/** Seeds the demo data once; every test file then runs its own server on a copy of it. */
export default async function setup(project: TestProject) {
  const dataDir = freshDataDir();
  const server = await startThidua(dataDir);
  await server.stop();
  project.provide("demoDatabase", dataDir);
  return () => removeDataDir(dataDir);
}
