export const authMessages = {
  vi: {
    title: "Đăng nhập",
    intro: "Chấm điểm, xếp hạng và theo dõi thi đua của khối, cụm thi đua.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    required: "Vui lòng nhập {field}.",
    unreachable: "Không kết nối được máy chủ thidua. Vui lòng thử lại sau.",
  },
  en: {
    title: "Sign in",
    intro: "Scores, rankings and progress of emulation blocs.",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    required: "Please enter your {field}.",
    unreachable: "The thidua server cannot be reached. Please try again later.",
  },
};
