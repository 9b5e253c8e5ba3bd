import type { TRPCLink } from "@trpc/client";
import type { AppRouter } from "@thidua/api";
import { observable } from "@trpc/server/observable";

/**
 * A wrong password at sign-in is refused as UNAUTHORIZED too, but it ends no session: only a call
 * made with a session that is gone (idle, expired, ended from another device) counts.
 */
export function endsSession(path: string, code: string | undefined): boolean {
  return code === "UNAUTHORIZED" && path !== "auth.login";
}

/** Tells `onEnded` whenever the server answers a call as if nobody were signed in. */
export function sessionEndedLink(onEnded: () => void): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) =>
        next(op).subscribe({
          next: (value) => observer.next(value),
          error: (error) => {
            if (endsSession(op.path, error.data?.code)) onEnded();
            observer.error(error);
          },
          complete: () => observer.complete(),
        }),
      );
}
