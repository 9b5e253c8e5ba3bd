/** The API's words about accounts, sign-in, sessions and passwords (merged into messages.ts). */
export const accountMessages = {
  "auth.locked": {
    vi: "Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {wait}.",
    en: "This account is locked after too many wrong passwords. Please try again in {wait}.",
  },
  "auth.lockedNow": {
    vi: "Sai mật khẩu {count} lần: tài khoản tạm khóa. Vui lòng thử lại sau {wait}.",
    en: "{count} wrong passwords: the account is locked. Please try again in {wait}.",
  },
  "auth.addressLocked": {
    vi: "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau {wait}.",
    en: "Too many failed sign-ins from this network address. Please try again in {wait}.",
  },
  "auth.invalidCredentialsRemaining": {
    vi: "Tên đăng nhập hoặc mật khẩu không đúng. Còn {remaining} lần thử trước khi tài khoản bị tạm khóa {minutes} phút.",
    en: "Wrong username or password. {remaining} more tries before the account is locked for {minutes} minutes.",
  },
  "auth.inactive": {
    vi: "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị hệ thống.",
    en: "This account has been deactivated. Please contact your administrator.",
  },
  "auth.mustChangePassword": {
    vi: "Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.",
    en: "Please change your temporary password before going on.",
  },
  "auth.wrongCurrentPassword": {
    vi: "Mật khẩu hiện tại không đúng.",
    en: "The current password is wrong.",
  },
  "wait.minutes": { vi: "{count} phút", en: "{count} minutes" },
  "wait.minute": { vi: "1 phút", en: "1 minute" },
  "wait.seconds": { vi: "{count} giây", en: "{count} seconds" },
  "password.tooShort": {
    vi: "Mật khẩu mới phải có ít nhất {min} ký tự.",
    en: "The new password must be at least {min} characters long.",
  },
  "password.fewCharacters": {
    vi: "Mật khẩu mới lặp lại quá ít ký tự khác nhau; hãy dùng một cụm từ dễ nhớ với người khác khó đoán.",
    en: "The new password repeats too few different characters; choose a phrase others cannot guess.",
  },
  "password.containsUsername": {
    vi: "Mật khẩu mới không được chứa tên đăng nhập.",
    en: "The new password must not contain the username.",
  },
  "password.common": {
    vi: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
    en: "This password is among the most common ones and easy to guess. Choose another.",
  },
  "password.sameAsCurrent": {
    vi: "Mật khẩu mới phải khác mật khẩu hiện tại.",
    en: "The new password must differ from the current one.",
  },
  "account.usernameTaken": {
    vi: "Tên đăng nhập {username} đã được dùng.",
    en: "The username {username} is already taken.",
  },
  "account.usernameCharacters": {
    vi: "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . - _",
    en: "A username holds only unaccented letters, digits and . - _",
  },
  "account.scopeUnit": {
    vi: "Tài khoản đơn vị phải gắn với một đơn vị thành viên (không phải tỉnh).",
    en: "A member unit's account must be linked to a member unit (not a province).",
  },
  "account.scopeProvince": {
    vi: "Tài khoản lãnh đạo phải gắn với một tỉnh.",
    en: "A leader's account must be linked to a province.",
  },
  "account.scopeArchived": {
    vi: "{unit} đã lưu trữ, không gắn tài khoản mới được.",
    en: "{unit} is archived; no account can be linked to it.",
  },
  "account.self": {
    vi: "Bạn không thể tự khóa hoặc hạ quyền tài khoản của chính mình.",
    en: "You cannot deactivate your own account or take away its administrator role.",
  },
  "account.lastAdmin": {
    vi: "Đây là tài khoản quản trị cuối cùng còn hoạt động; hãy tạo tài khoản quản trị khác trước.",
    en: "This is the last active administrator account; create another administrator first.",
  },
  "account.notCoordinator": {
    vi: "{name} không phải tài khoản điều phối khối.",
    en: "{name} is not a bloc coordinator's account.",
  },
  "account.inactiveCoordinator": {
    vi: "Tài khoản {name} đã bị khóa, không giao khối được.",
    en: "The account {name} is deactivated and cannot be given a bloc.",
  },
  "notFound.session": { vi: "Phiên đăng nhập không còn.", en: "The session no longer exists." },
} as const satisfies Record<string, { vi: string; en: string }>;
