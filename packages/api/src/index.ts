export { appRouter, type AppRouter } from "./root";
export { createTrpcHandler, TRPC_ENDPOINT, type TrpcHandlerOptions } from "./http";
export { createContext, type Context } from "./context";
export type { SessionUser } from "./auth/session";
export type { Locale } from "./i18n/locale";
export { loadBlocData, type BlocData } from "./scoring/bloc-data";
export { createFilesHandler, FILES_ENDPOINT, type FilesHandlerOptions } from "./files/handler";
export type { FileName } from "./files/catalogue";
export { provinceBriefing } from "./files/briefing";
