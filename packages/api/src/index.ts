export { appRouter, type AppRouter } from "./root";
export { createTrpcHandler, requestLocale, TRPC_ENDPOINT, type TrpcHandlerOptions } from "./http";
export { AppError } from "./errors";
export { refusalResponse } from "./refusal";
export { createContext, type Context } from "./context";
export type { SessionUser } from "./auth/session";
export type { Locale } from "./i18n/locale";
export { loadBlocData, type BlocData } from "./scoring/bloc-data";
