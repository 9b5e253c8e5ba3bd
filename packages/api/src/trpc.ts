import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Role } from "@thidua/db";
import type { Context } from "./context";
import { describeError } from "./error-shape";
import { AppError, forbidden } from "./errors";
import { requestScope } from "./request-scope";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Stacks (absolute paths, library versions, SQL excerpts) never leave the server, whatever
  // NODE_ENV says: the details go to the server's log under the request id the response carries.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const scope = requestScope.getStore();
    const { message, data } = describeError(error, shape.data.httpStatus, {
      locale: ctx?.locale ?? scope?.locale ?? "vi",
      requestId: scope?.requestId ?? null,
      path: shape.data.path,
    });
    return { code: shape.code, message, data };
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
/** A member unit's own user: submitting its sheet is the unit's act, nobody else's. */
export const unitProcedure = withRoles(["UNIT"]);
