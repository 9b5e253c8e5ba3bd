import { openDatabase } from "../database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "./index";

const database = await openDatabase();
try {
  const where = database.target.kind === "postgres" ? "PostgreSQL" : `PGlite (${database.target.dataDir})`;
  if (!(await isDatabaseEmpty(database.prisma))) {
    console.log(`thidua: ${where} is already seeded; nothing to do.`);
  } else {
    const started = performance.now();
    await seedDemo(database.prisma);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { prisma } = database;
    const counts = {
      units: await prisma.unit.count(),
      blocs: await prisma.bloc.count(),
      "bloc years": await prisma.blocYear.count(),
      memberships: await prisma.membership.count(),
      periods: await prisma.period.count(),
      "criteria sets": await prisma.criteriaSet.count(),
      criteria: await prisma.criterion.count(),
      targets: await prisma.target.count(),
      results: await prisma.result.count(),
      users: await prisma.user.count(),
    };
    console.log(`thidua: seeded the demo into ${where} in ${seconds} s`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(14)} ${count}`);
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS)
      console.log(`  ${account.username.padEnd(18)} ${account.role.padEnd(12)} ${account.displayName}`);
  }
} finally {
  await database.close();
}
