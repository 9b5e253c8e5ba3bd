export const scoresMessages = {
  vi: {},
  en: {},
};
