export const authMessages = {
  vi: {
    title: "Đăng nhập",
    intro: "Chấm điểm, xếp hạng và theo dõi thi đua của khối, cụm thi đua.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    required: "Vui lòng nhập {field}.",
    unreachable: "Không kết nối được máy chủ thidua. Vui lòng thử lại sau.",
    ended: "Phiên đăng nhập đã kết thúc. Đăng nhập lại để trở về trang bạn đang xem.",
    again: {
      title: "Phiên đăng nhập đã kết thúc",
      body: "Các thay đổi chưa lưu vẫn còn trên trang này. Nhập lại mật khẩu của {username} để tiếp tục, rồi việc lưu sẽ được thực hiện.",
      submit: "Đăng nhập và tiếp tục",
      later: "Để sau",
    },
  },
  en: {
    title: "Sign in",
    intro: "Scores, rankings and progress of emulation blocs.",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    required: "Please enter your {field}.",
    unreachable: "The thidua server cannot be reached. Please try again later.",
    ended: "Your session has ended. Sign in again to return to the page you were on.",
    again: {
      title: "Your session has ended",
      body: "Your unsaved changes are still on this page. Enter the password of {username} again to carry on; the save then goes through.",
      submit: "Sign in and carry on",
      later: "Not now",
    },
  },
};
