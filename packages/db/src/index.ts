export { openDatabase, openRawDatabase, type Database, type RawDatabase } from "./database";
export { resolveDatabaseTarget, type DatabaseTarget } from "./target";
export { Prisma, PrismaClient } from "./generated/prisma/client";
export type * from "./generated/prisma/client";
export { hashPassword, temporaryPassword, verifyPassword } from "./password";
