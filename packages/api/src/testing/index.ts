export { createInProcessClient, type ApiClient } from "./client";
export { onboardingFile, type OnboardingRows } from "./onboarding-file";
export { pdfOf } from "./evidence-files";
export { createApiHarness, type ApiHarness } from "./harness";
