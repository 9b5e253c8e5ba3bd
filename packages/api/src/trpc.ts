import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Role } from "@thidua/db";
import type { Context } from "./context";
import { AppError, forbidden } from "./errors";
import { describeIssue } from "./i18n/zod-issues";
import { translate } from "./i18n/translate";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "vi";
    if (error.cause instanceof ZodError) {
      const issues = error.cause.issues.map((issue) => describeIssue(issue, locale));
      return {
        ...shape,
        message: translate("validation.failed", locale, { issues: issues.join("; ") }),
        data: { ...shape.data, messageKey: "validation.failed", issues, cells: [] },
      };
    }
    if (error instanceof AppError) {
      const cells = error.cells.map((cell) => ({
        ...cell,
        message: `${cell.unitName} – ${cell.criterionCode}: ${translate(cell.reason, locale, cell.params)}`,
      }));
      return {
        ...shape,
        message: translate(error.messageKey, locale, error.params),
        data: { ...shape.data, messageKey: error.messageKey, issues: [], cells },
      };
    }
    // Anything unexpected: say so in the user's language, keep the details in the server log.
    const message = error.code === "INTERNAL_SERVER_ERROR" ? translate("internal", locale) : error.message;
    return { ...shape, message, data: { ...shape.data, messageKey: null, issues: [], cells: [] } };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;
export const middleware = t.middleware;

export const publicProcedure = t.procedure;

/** Signed in, even with a temporary password still to change: only for signing out and changing it. */
export const signedInProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "auth.required");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Signed in with a password of one's own, with the session user narrowed to non-null. */
export const authedProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (ctx.user.mustChangePassword) throw new AppError("FORBIDDEN", "auth.mustChangePassword");
  return next();
});

const withRoles = (roles: Role[]) =>
  authedProcedure.use(({ ctx, next, type }) => {
    if (!roles.includes(ctx.user.role)) {
      // A leader refused a write is told why: their role reads only. Refused a read, it is just not theirs.
      throw ctx.user.role === "LEADER" && type === "mutation"
        ? new AppError("FORBIDDEN", "auth.readOnly")
        : forbidden();
    }
    return next();
  });

export const adminProcedure = withRoles(["ADMIN"]);
/** Admins and bloc coordinators; which blocs a coordinator may touch is checked per call. */
export const managerProcedure = withRoles(["ADMIN", "COORDINATOR"]);
/** Anyone who may write scores: managers, and unit users for their own self-assessment. */
export const writerProcedure = withRoles(["ADMIN", "COORDINATOR", "UNIT"]);
