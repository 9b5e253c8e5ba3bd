export const progressMessages = {
  vi: {},
  en: {},
};
