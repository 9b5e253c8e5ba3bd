import { defineStore } from "pinia";
import { api, type RouterOutputs } from "../api/client";

export type SessionInfo = RouterOutputs["account"]["sessions"][number];

/** The signed-in person's own sessions (the password and language go through the session store). */
export const useAccountStore = defineStore("account", () => {
  function sessions(): Promise<SessionInfo[]> {
    return api.account.sessions.query();
  }

  function endSession(sessionId: string) {
    return api.account.endSession.mutate({ sessionId });
  }

  function endOtherSessions() {
    return api.account.endOtherSessions.mutate();
  }

  return { sessions, endSession, endOtherSessions };
});
