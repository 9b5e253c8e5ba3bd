import type { RouteLocationRaw } from "vue-router";
import type { SessionUser } from "../stores/session";

/** Where each role starts: leaders on their province, coordinators on their blocs, units on their own progress. */
export function homeFor(user: SessionUser): RouteLocationRaw {
  switch (user.role) {
    case "ADMIN":
    case "LEADER":
      return { name: "province" };
    case "COORDINATOR":
      return { name: "blocs" };
    case "UNIT":
      if (user.unitId) return { name: "unit-progress", params: { unitId: user.unitId } };
  }
  return { name: "blocs" };
}
