import { defineStore } from "pinia";
import { computed, ref } from "vue";
import { api, onSessionEnded, type RouterOutputs } from "../api/client";
import { switchLocale, type AppLocale } from "../i18n";

export type SessionUser = NonNullable<RouterOutputs["auth"]["me"]>;

/** Who is signed in. The session itself lives in an httpOnly cookie the page never reads. */
export const useSessionStore = defineStore("session", () => {
  const user = ref<SessionUser | null>(null);
  const checked = ref(false);
  /** Set when the server could not be asked who is signed in. */
  const unreachable = ref(false);

  /**
   * The session ended under the user (idle, expired, ended from another device): who it was, so
   * signing in again needs only the password. Cleared by signing in.
   */
  const endedFor = ref<string | null>(null);
  /** How many open pages hold work that leaving for the sign-in page would lose (unsaved figures). */
  const keepingWork = ref(0);
  /** Pages waiting to retry what the ended session refused, once the user signed in again (or gave up). */
  let waiting: ((signedIn: boolean) => void)[] = [];
  const waitingCount = ref(0);

  const role = computed(() => user.value?.role ?? null);
  const canManage = computed(() => role.value === "ADMIN" || role.value === "COORDINATOR");

  async function refresh(): Promise<SessionUser | null> {
    try {
      user.value = await api.auth.me.query();
      unreachable.value = false;
      checked.value = true;
    } catch (error) {
      unreachable.value = true;
      throw error;
    }
    return user.value;
  }

  /** Forgets the user the server no longer knows, so no page goes on as if they were signed in. */
  function sessionEnded(): void {
    if (!user.value) return;
    endedFor.value = user.value.username;
    user.value = null;
  }
  onSessionEnded(sessionEnded);

  /** Resolves true once the user signed in again in place, false if they chose not to. */
  function afterSignInAgain(): Promise<boolean> {
    if (user.value) return Promise.resolve(true);
    return new Promise((resolve) => {
      waiting.push(resolve);
      waitingCount.value = waiting.length;
    });
  }

  function settleWaiting(signedIn: boolean): void {
    const settled = waiting;
    waiting = [];
    waitingCount.value = 0;
    for (const resolve of settled) resolve(signedIn);
  }

  /** Loads the user once per page load; the router guard calls it before every navigation. */
  async function ensureChecked(): Promise<SessionUser | null> {
    return checked.value ? user.value : refresh();
  }

  /** Signs in and shows the dashboard in the language kept with the account. */
  async function signIn(username: string, password: string): Promise<SessionUser | null> {
    await api.auth.login.mutate({ username, password });
    const signedIn = await refresh();
    if (signedIn && (signedIn.locale === "vi" || signedIn.locale === "en")) switchLocale(signedIn.locale);
    if (signedIn) {
      endedFor.value = null;
      settleWaiting(true);
    }
    return signedIn;
  }

  /** Switches the language, and keeps it with the account when someone is signed in. */
  async function chooseLocale(locale: AppLocale): Promise<void> {
    switchLocale(locale);
    if (!user.value) return;
    await api.account.setLocale.mutate({ locale });
    user.value = { ...user.value, locale };
  }

  /** After a temporary password was replaced, the session may go anywhere. */
  async function changePassword(currentPassword: string, newPassword: string) {
    const result = await api.account.changePassword.mutate({ currentPassword, newPassword });
    await refresh();
    return result;
  }

  async function signOut(): Promise<void> {
    await api.auth.logout.mutate();
    user.value = null;
    endedFor.value = null;
  }

  /** Coordinators manage their own blocs; admins manage all. */
  function managesBloc(blocId: string): boolean {
    if (role.value === "ADMIN") return true;
    return role.value === "COORDINATOR" && (user.value?.coordinatedBlocIds.includes(blocId) ?? false);
  }

  return {
    user,
    checked,
    unreachable,
    endedFor,
    keepingWork,
    waitingCount,
    role,
    canManage,
    refresh,
    ensureChecked,
    signIn,
    signOut,
    sessionEnded,
    afterSignInAgain,
    settleWaiting,
    managesBloc,
    chooseLocale,
    changePassword,
  };
});
