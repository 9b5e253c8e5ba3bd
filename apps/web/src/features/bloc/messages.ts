export const blocMessages = {
  vi: {},
  en: {},
};
