export { createInProcessClient, type ApiClient } from "./client";
