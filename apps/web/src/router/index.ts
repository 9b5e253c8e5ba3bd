import { createRouter, createWebHistory, type RouteRecordRaw } from "vue-router";
import type { SessionUser } from "../stores/session";
import { prefetchBlocPage } from "../features/bloc/prefetch-route";
import { useSessionStore } from "../stores/session";
import { homeFor } from "./home";

// Every page but sign-in is loaded when first visited, so the first download stays small.
const routes: RouteRecordRaw[] = [
  {
    path: "/sign-in",
    name: "sign-in",
    component: () => import("../features/auth/SignInPage.vue"),
    meta: { public: true },
  },
  // Outside the shell: the meeting room's projector shows the ranking alone.
  {
    path: "/blocs/:blocId/present",
    name: "bloc-present",
    component: () => import("../features/present/PresentationPage.vue"),
  },
  {
    path: "/",
    component: () => import("../layouts/AppShell.vue"),
    children: [
      { path: "", name: "home", component: { render: () => null } },
      { path: "blocs", name: "blocs", component: () => import("../features/blocs/BlocListPage.vue") },
      { path: "province", name: "province", component: () => import("../features/province/ProvinceOverviewPage.vue") },
      {
        path: "blocs/:blocId",
        name: "bloc",
        component: () => import("../features/bloc/BlocPage.vue"),
        beforeEnter: prefetchBlocPage,
      },
      {
        path: "blocs/:blocId/scores",
        name: "bloc-scores",
        component: () => import("../features/scores/ScoreGridPage.vue"),
      },
      {
        path: "blocs/:blocId/completeness",
        name: "bloc-completeness",
        component: () => import("../features/cycle/CompletenessPage.vue"),
        meta: { roles: ["ADMIN", "COORDINATOR", "LEADER"] },
      },
      {
        path: "blocs/:blocId/setup",
        name: "bloc-setup",
        component: () => import("../features/setup/YearSetupPage.vue"),
      },
      {
        path: "blocs/:blocId/awards",
        name: "bloc-awards",
        component: () => import("../features/awards/DossierPage.vue"),
      },
      {
        path: "blocs/:blocId/audit",
        name: "bloc-audit",
        component: () => import("../features/history/AuditLogPage.vue"),
      },
      {
        path: "units/:unitId",
        name: "unit-progress",
        component: () => import("../features/progress/UnitProgressPage.vue"),
      },
      { path: "account", name: "account", component: () => import("../features/account/MyAccountPage.vue") },
      { path: "admin", redirect: { name: "admin-accounts" } },
      {
        path: "admin/accounts",
        name: "admin-accounts",
        component: () => import("../features/admin/AccountsPage.vue"),
        meta: { roles: ["ADMIN"] },
      },
      {
        path: "admin/organisation",
        name: "admin-organisation",
        component: () => import("../features/admin/OrganisationPage.vue"),
        meta: { roles: ["ADMIN"] },
      },
      {
        path: "admin/import",
        name: "admin-import",
        component: () => import("../features/admin/ImportPage.vue"),
        meta: { roles: ["ADMIN"] },
      },
      // Inside the shell, so a wrong address keeps the app bar and its way back.
      {
        path: ":unknown(.*)*",
        name: "not-found",
        component: () => import("../layouts/NotFoundPage.vue"),
        meta: { public: true },
      },
    ],
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const session = useSessionStore();
  // An unreachable server shows on the sign-in page rather than as a blank screen.
  const user = await session.ensureChecked().catch(() => null);
  if (to.meta.public) return to.name === "sign-in" && user ? homeFor(user) : true;
  if (!user) return { name: "sign-in", query: to.fullPath === "/" ? {} : { next: to.fullPath } };
  // A temporary password is changed before anything else (the API refuses the rest anyway).
  if (user.mustChangePassword) return to.name === "account" ? true : { name: "account" };
  if (to.name === "home") return homeFor(user);
  const roles = to.meta.roles as SessionUser["role"][] | undefined;
  if (roles && !roles.includes(user.role)) return homeFor(user);
  return true;
});
