export const provinceMessages = {
  vi: {},
  en: {},
};
