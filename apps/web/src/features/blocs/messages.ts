export const blocsMessages = {
  vi: {
    title: "Khối, cụm thi đua",
    subtitle: "Các khối bạn được xem",
    memberCount: "{count} đơn vị",
    latestYear: "Năm {year}",
    noYear: "Chưa có năm thi đua",
    ranking: "Xếp hạng",
    scores: "Nhập điểm",
    setup: "Thiết lập năm",
    empty: "Bạn chưa được giao khối thi đua nào.",
  },
  en: {
    title: "Emulation blocs",
    subtitle: "The blocs you can see",
    memberCount: "{count} units",
    latestYear: "Year {year}",
    noYear: "No emulation year yet",
    ranking: "Ranking",
    scores: "Enter scores",
    setup: "Set up the year",
    empty: "No emulation bloc has been assigned to you yet.",
  },
};
