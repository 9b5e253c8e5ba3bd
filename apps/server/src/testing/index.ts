export { startServerProcess, type ServerProcess } from "./server-process";
export { httpClient, type HttpClient } from "./http-client";
export { cellsMarked, markEveryCell, type GridSave } from "./grid-save";
