export const presentMessages = {
  vi: {
    open: "Trình chiếu",
    exit: "Thoát trình chiếu (Esc)",
    draft: "Chưa công bố",
    noScores: "{quarter} chưa có điểm nào.",
  },
  en: {
    open: "Present",
    exit: "Leave the presentation (Esc)",
    draft: "Not yet published",
    noScores: "{quarter} has no scores yet.",
  },
};
