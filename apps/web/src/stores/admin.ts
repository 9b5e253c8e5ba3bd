import { defineStore } from "pinia";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";

export type AccountPage = RouterOutputs["accounts"]["list"];
export type AccountSummary = AccountPage["items"][number];
export type AccountDetail = RouterOutputs["accounts"]["byId"];
export type AccountsQuery = NonNullable<RouterInputs["accounts"]["list"]>;
export type CreateAccountInput = RouterInputs["accounts"]["create"];
export type UpdateAccountInput = RouterInputs["accounts"]["update"];
export type Organisation = RouterOutputs["organisation"]["province"];
export type OrganisationBloc = Organisation["blocs"][number];
export type OrganisationUnit = Organisation["units"][number];
export type UnitInput = RouterInputs["units"]["create"];
export type Preview = RouterOutputs["onboarding"]["preview"];
export type Committed = RouterOutputs["onboarding"]["commit"];

/** What an account's scope can name: provinces, units, and blocs still running. */
export interface AccountChoices {
  provinces: RouterOutputs["units"]["provinces"];
  units: RouterOutputs["units"]["list"];
  blocs: RouterOutputs["blocs"]["list"];
}

/** Everything an administrator manages: accounts, the organisation of a province, and imports. */
export const useAdminStore = defineStore("admin", () => {
  const accounts = {
    list: (query: AccountsQuery) => api.accounts.list.query(query),
    byId: (id: string) => api.accounts.byId.query({ id }),
    create: (input: CreateAccountInput) => api.accounts.create.mutate(input),
    update: (input: UpdateAccountInput) => api.accounts.update.mutate(input),
    setActive: (id: string, active: boolean) => api.accounts.setActive.mutate({ id, active }),
    resetPassword: (id: string) => api.accounts.resetPassword.mutate({ id }),
    endSession: (id: string, sessionId: string) => api.accounts.endSession.mutate({ id, sessionId }),
    unlock: (id: string) => api.accounts.unlock.mutate({ id }),
    choices: async (): Promise<AccountChoices> => {
      const [provinces, units, blocs] = await Promise.all([
        api.units.provinces.query(),
        api.units.list.query({}),
        api.blocs.list.query({}),
      ]);
      return { provinces, units, blocs: blocs.filter((bloc) => !bloc.archivedAt) };
    },
    /** Active coordinators' accounts, to give a bloc to. */
    coordinators: async () =>
      (await api.accounts.list.query({ role: "COORDINATOR", status: "active", pageSize: 100 })).items,
  };

  const organisation = {
    provinces: () => api.units.provinces.query(),
    province: (provinceId: string) => api.organisation.province.query({ provinceId }),
    createUnit: (input: UnitInput) => api.units.create.mutate(input),
    updateUnit: (input: RouterInputs["units"]["update"]) => api.units.update.mutate(input),
    setUnitArchived: (id: string, archived: boolean) => api.units.setArchived.mutate({ id, archived }),
    createBloc: (input: RouterInputs["blocs"]["create"]) => api.blocs.create.mutate(input),
    updateBloc: (input: RouterInputs["blocs"]["update"]) => api.blocs.update.mutate(input),
    setBlocArchived: (id: string, archived: boolean) => api.blocs.setArchived.mutate({ id, archived }),
    assignCoordinator: (blocId: string, userId: string) => api.blocs.assignCoordinator.mutate({ blocId, userId }),
    removeCoordinator: (blocId: string, userId: string) => api.blocs.removeCoordinator.mutate({ blocId, userId }),
  };

  const onboarding = {
    template: () => api.onboarding.template.query(),
    preview: (file: string) => api.onboarding.preview.mutate({ file }),
    commit: (file: string, planHash: string) => api.onboarding.commit.mutate({ file, planHash }),
  };

  return { accounts, organisation, onboarding };
});
