export const setupMessages = {
  vi: {},
  en: {},
};
