import { awardMessages } from "./award-messages";
import { cycleMessages } from "./cycle-messages";
import { documentMessages } from "./document-messages";
import { evidenceMessages } from "./evidence-messages";
import { accountMessages } from "./account-messages";
import { onboardingMessages } from "./onboarding-messages";
import { organisationMessages } from "./organisation-messages";
import { historyMessages } from "./history-messages";

/**
 * Every message the API sends to people, in Vietnamese and English. `{name}` placeholders are
 * filled from the error's params.
 */
export const messages = {
  ...documentMessages,
  ...evidenceMessages,
  ...awardMessages,
  ...cycleMessages,
  ...accountMessages,
  ...organisationMessages,
  ...onboardingMessages,
  ...historyMessages,
  "auth.required": { vi: "Bạn cần đăng nhập.", en: "Please sign in." },
  "auth.invalidCredentials": { vi: "Tên đăng nhập hoặc mật khẩu không đúng.", en: "Wrong username or password." },
  "auth.forbidden": { vi: "Bạn không có quyền thực hiện thao tác này.", en: "You are not allowed to do this." },
  "auth.readOnly": {
    vi: "Tài khoản lãnh đạo chỉ được xem, không được sửa.",
    en: "Leader accounts can read but not change data.",
  },
  "notFound.unit": { vi: "Không tìm thấy đơn vị.", en: "Unit not found." },
  "notFound.bloc": { vi: "Không tìm thấy khối thi đua.", en: "Emulation bloc not found." },
  "notFound.blocYear": { vi: "Khối chưa có dữ liệu năm {year}.", en: "The bloc has no data for {year}." },
  "notFound.criteriaSet": {
    vi: "Khối chưa có bộ tiêu chí năm {year}.",
    en: "The bloc has no criteria set for {year}.",
  },
  "notFound.criterion": { vi: "Không tìm thấy tiêu chí.", en: "Criterion not found." },
  "notFound.membership": {
    vi: "{unit} không thuộc khối thi đua nào năm {year}.",
    en: "{unit} belongs to no emulation bloc in {year}.",
  },
  "notFound.user": { vi: "Không tìm thấy tài khoản.", en: "Account not found." },
  "conflict.version": {
    vi: "{what} đã được người khác sửa trong lúc bạn nhập. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.",
    en: "{what} was changed by someone else while you were editing. Reload to see the latest version, then edit again.",
  },
  "conflict.cells": {
    vi: "{count} ô đã được người khác sửa trong lúc bạn nhập ({cells}). Không ô nào được lưu.",
    en: "{count} cells were changed by someone else while you were editing ({cells}). Nothing was saved.",
  },
  "conflict.exists": { vi: "{what} đã tồn tại.", en: "{what} already exists." },
  "grid.invalidCells": {
    vi: "{count} ô không hợp lệ, không ô nào được lưu: {cells}",
    en: "{count} invalid cells, nothing was saved: {cells}",
  },
  "grid.unconfirmedWarnings": {
    vi: "{count} số liệu bất thường chưa được xác nhận, không ô nào được lưu: {cells}. Xác nhận số liệu đúng hoặc giải thích trong ghi chú rồi lưu lại.",
    en: "{count} unusual figures were not confirmed, nothing was saved: {cells}. Confirm each figure or explain it in the note, then save again.",
  },
  "cell.countFraction": {
    vi: "tiêu chí đếm theo {unit}: phải là số nguyên",
    en: "the criterion counts {unit}: it must be a whole number",
  },
  "cell.percentAbove100": { vi: "tỷ lệ không được lớn hơn 100%", en: "a percentage must not exceed 100%" },
  "cell.warning.ownHistory": {
    vi: "{value} chênh lệch từ 10 lần trở lên so với các quý trước của đơn vị (thường {typical}), có thể nhầm đơn vị tính (tỷ/triệu)",
    en: "{value} is ten times or more off the unit's earlier quarters (typically {typical}), perhaps a unit mix-up (billion/million)",
  },
  "cell.warning.peers": {
    vi: "{value} chênh lệch từ 10 lần trở lên so với các đơn vị trong khối (trung vị {typical})",
    en: "{value} is ten times or more off the bloc's other units (median {typical})",
  },
  "cell.warning.aboveTarget": {
    vi: "lũy kế {value} bằng {percent} chỉ tiêu năm {target}",
    en: "the year to date {value} is {percent} of the year's target {target}",
  },
  "cell.notMember": { vi: "đơn vị không thuộc khối năm {year}", en: "the unit is not a member of the bloc in {year}" },
  "cell.notInSet": {
    vi: "tiêu chí không thuộc bộ tiêu chí của khối",
    en: "the criterion is not in the bloc's criteria set",
  },
  "cell.yearEndOnly": {
    vi: "tiêu chí chỉ chấm vào cuối năm (quý IV)",
    en: "the criterion is only scored at year end (quarter IV)",
  },
  "cell.yesNo": { vi: "chỉ nhận 1 (có) hoặc 0 (không)", en: "only 1 (yes) or 0 (no)" },
  "cell.wholeNumber": { vi: "phải là số nguyên không âm", en: "must be a whole number of at least 0" },
  "cell.nonNegative": { vi: "không được âm", en: "must not be negative" },
  "cell.aboveMax": { vi: "không được lớn hơn điểm tối đa {max}", en: "must not exceed the maximum {max}" },
  "cell.unitCannotVerify": {
    vi: "đơn vị chỉ được tự chấm, không được thẩm định",
    en: "a unit may self-assess but not verify",
  },
  "cell.otherUnit": { vi: "chỉ được nhập số liệu của đơn vị mình", en: "you may only enter your own unit's figures" },
  "period.notOpen": {
    vi: "Quý {quarter} đã {status}, không sửa được nữa.",
    en: "Quarter {quarter} is {status}; it can no longer be edited.",
  },
  "period.status.LOCKED": { vi: "khóa sổ", en: "locked" },
  "period.status.PUBLISHED": { vi: "công bố", en: "published" },
  "period.notPublished": {
    vi: "Kết quả quý {quarter} chưa được công bố.",
    en: "The results of quarter {quarter} are not published yet.",
  },
  "criteriaSet.invalid": { vi: "Bộ tiêu chí chưa hợp lệ: {problems}", en: "The criteria set is not valid: {problems}" },
  "criteriaSet.noSource": {
    vi: "Khối chưa có bộ tiêu chí năm {year} để sao chép.",
    en: "The bloc has no criteria set for {year} to copy.",
  },
  "criteriaSet.hasResults": {
    vi: "Không xóa được tiêu chí {code} vì đã có kết quả chấm điểm.",
    en: "Criterion {code} cannot be removed: it already has results.",
  },
  "membership.taken": {
    vi: "{unit} đã thuộc khối khác trong năm {year}.",
    en: "{unit} already belongs to another bloc in {year}.",
  },
  "membership.headNotMember": {
    vi: "Khối trưởng và khối phó phải là thành viên của khối.",
    en: "The bloc head and deputy must be members of the bloc.",
  },
  "text.malformed": {
    vi: "có ký tự không hợp lệ (mã UTF-16 lẻ)",
    en: "holds an invalid character (a lone UTF-16 surrogate)",
  },
  "text.control": {
    vi: "có ký tự điều khiển (NUL, xuống dòng, tab…) không được phép ở đây",
    en: "holds a control character (NUL, line break, tab…) that is not allowed here",
  },
  "text.invisible": {
    vi: "có ký tự ẩn (khoảng trắng độ rộng 0, ký tự đổi chiều viết…); hãy gõ lại",
    en: "holds an invisible character (zero-width space, direction override…); type it again",
  },
  "text.codeCharacters": {
    vi: "mã chỉ gồm chữ cái không dấu, chữ số và các dấu . - _ /, bắt đầu bằng chữ hoặc số",
    en: "a code holds only unaccented letters, digits and . - _ /, and starts with a letter or digit",
  },
  "validation.failed": { vi: "Dữ liệu không hợp lệ: {issues}", en: "Invalid input: {issues}" },
  "request.malformed": {
    vi: "Máy chủ không đọc được yêu cầu (dữ liệu không đúng định dạng JSON).",
    en: "The server could not read the request (it is not well-formed JSON).",
  },
  "request.unknownProcedure": {
    vi: "Máy chủ không có thao tác {path}.",
    en: "The server has no operation {path}.",
  },
  "request.wrongMethod": {
    vi: "Thao tác {path} không nhận kiểu yêu cầu này.",
    en: "Operation {path} does not accept this kind of request.",
  },
  "request.tooLarge": {
    vi: "Yêu cầu quá lớn: tối đa {limit}.",
    en: "The request is too large: at most {limit}.",
  },
  "request.tooManyCalls": {
    vi: "Một yêu cầu chỉ được gộp tối đa {limit} thao tác, yêu cầu này có {count}.",
    en: "One request may bundle at most {limit} calls; this one has {count}.",
  },
  "request.contentType": {
    vi: "Máy chủ chỉ nhận thao tác gửi dưới dạng JSON.",
    en: "The server only accepts operations sent as JSON.",
  },
  "request.crossSite": {
    vi: "Yêu cầu đến từ một trang khác nên bị từ chối.",
    en: "The request came from another site and was refused.",
  },
  "request.invalid": { vi: "Yêu cầu không hợp lệ.", en: "The request is not valid." },

  internal: {
    vi: "Đã có lỗi ở máy chủ. Dữ liệu chưa bị thay đổi.",
    en: "Something went wrong on the server. Nothing was changed.",
  },
  "what.unitCode": { vi: "Mã đơn vị {code}", en: "Unit code {code}" },
  "what.blocCode": { vi: "Mã khối {code}", en: "Bloc code {code}" },
  "what.blocYear": { vi: "Dữ liệu khối năm {year}", en: "The bloc's {year} data" },
  "what.period": { vi: "Quý {quarter}", en: "Quarter {quarter}" },
  "unit.parentProvince": {
    vi: "Tỉnh không trực thuộc đơn vị nào; mọi đơn vị khác phải trực thuộc một tỉnh.",
    en: "A province sits under no unit; every other unit must sit under a province.",
  },
  "unit.provinceInUse": {
    vi: "{unit} đang có đơn vị trực thuộc hoặc khối thi đua nên phải giữ loại tỉnh.",
    en: "{unit} has units or blocs under it, so it must stay a province.",
  },
  "bloc.notProvince": { vi: "Khối thi đua phải thuộc một tỉnh.", en: "An emulation bloc must belong to a province." },
  "membership.duplicate": {
    vi: "{unit} có tên hai lần trong danh sách thành viên.",
    en: "{unit} is listed twice among the members.",
  },
  "membership.otherProvince": { vi: "{unit} không thuộc tỉnh của khối.", en: "{unit} is not in the bloc's province." },
  "membership.headIsDeputy": {
    vi: "Khối trưởng và khối phó phải là hai đơn vị khác nhau.",
    en: "The bloc head and deputy must be two different units.",
  },
  "membership.hasResults": {
    vi: "Không bỏ được {unit} khỏi khối: đơn vị đã có kết quả chấm điểm năm {year}.",
    en: "{unit} cannot be removed from the bloc: it already has results for {year}.",
  },
  "period.status.OPEN": { vi: "mở", en: "open" },
  "period.transition": {
    vi: "Quý {quarter} đang {from}, không chuyển sang {to} được. Thứ tự là mở → khóa sổ → công bố; mở lại khi cần sửa.",
    en: "Quarter {quarter} is {from} and cannot become {to}. The order is open → locked → published; reopen it to edit.",
  },
  "criteriaSet.exists": {
    vi: "Khối đã có bộ tiêu chí năm {year}.",
    en: "The bloc already has a criteria set for {year}.",
  },
  "what.phasing": { vi: "Phân bổ chỉ tiêu theo quý của {code}", en: "The quarterly phasing of {code}" },
  "phasing.sum": {
    vi: "tỷ lệ bốn quý phải cộng lại đúng 100%",
    en: "the four quarters' shares must add up to 100%",
  },
  "phasing.invalid": {
    vi: "Chưa lưu phân bổ theo quý: {problems}.",
    en: "The quarterly phasing was not saved: {problems}.",
  },
  "phasing.notInSet": { vi: "{code} không thuộc bộ tiêu chí của khối", en: "{code} is not in the bloc's criteria set" },
  "phasing.notSeasonal": {
    vi: "{code} không phân bổ theo quý được (chỉ tiêu chí có chỉ tiêu, báo cáo hằng quý và cộng dồn)",
    en: "{code} cannot be phased by quarter (only criteria with a target, reported quarterly and summed)",
  },
  "phasing.duplicate": { vi: "{code} có hai phân bổ trong cùng một lần lưu", en: "{code} is phased twice in one save" },
  "targets.nothingToSave": {
    vi: "Không có chỉ tiêu hay phân bổ nào để lưu.",
    en: "There are no targets or phasings to save.",
  },
  "what.criteriaSet": { vi: "Bộ tiêu chí", en: "The criteria set" },
  "cell.duplicate": { vi: "ô được nhập hai lần trong cùng một lần lưu", en: "the cell appears twice in one save" },
  "cell.noTarget": { vi: "tiêu chí không chấm theo chỉ tiêu", en: "the criterion is not scored against a target" },
  "cell.changedMeanwhile": { vi: "đã được người khác sửa", en: "was changed by someone else" },
  "setProblem.DUPLICATE_GROUP_CODE": {
    vi: "Mã nhóm {groupCode} bị trùng.",
    en: "Group code {groupCode} is used twice.",
  },
  "setProblem.DUPLICATE_CRITERION_CODE": {
    vi: "Mã tiêu chí {criterionCode} bị trùng.",
    en: "Criterion code {criterionCode} is used twice.",
  },
  "setProblem.MAX_POINTS_NOT_POSITIVE": {
    vi: "Tiêu chí {criterionCode}: điểm tối đa phải lớn hơn 0.",
    en: "Criterion {criterionCode}: the maximum must be above 0.",
  },
  "setProblem.CONTENT_MAX_MISMATCH": {
    vi: "Tổng điểm tối đa của các tiêu chí nội dung là {actual}, chưa bằng điểm nội dung đã khai báo {declared}.",
    en: "The content criteria's maxima add up to {actual}, not the declared {declared}.",
  },
  "setProblem.FULL_AT_PERCENT_NOT_POSITIVE": {
    vi: "Tiêu chí {criterionCode}: tỷ lệ % kế hoạch để đạt điểm tối đa phải lớn hơn 0.",
    en: "Criterion {criterionCode}: the percent of plan for full points must be above 0.",
  },
  "setProblem.BANDS_EMPTY": {
    vi: "Tiêu chí {criterionCode} chưa có mức điểm nào.",
    en: "Criterion {criterionCode} has no bands.",
  },
  "setProblem.BANDS_NOT_ASCENDING": {
    vi: "Tiêu chí {criterionCode}: có hai mức cùng bắt đầu từ {from}.",
    en: "Criterion {criterionCode}: two bands start at {from}.",
  },
  "setProblem.BAND_POINTS_OUT_OF_RANGE": {
    vi: "Tiêu chí {criterionCode}: mức từ {from} cho {points} điểm, phải trong khoảng 0 – {maxPoints}.",
    en: "Criterion {criterionCode}: the band from {from} gives {points} points; it must be within 0 – {maxPoints}.",
  },
  "setProblem.POINTS_PER_EVENT_NOT_POSITIVE": {
    vi: "Tiêu chí {criterionCode}: số điểm trừ mỗi lần phải lớn hơn 0.",
    en: "Criterion {criterionCode}: the points per event must be above 0.",
  },
  "setProblem.POINTS_PER_UNIT_NOT_POSITIVE": {
    vi: "Tiêu chí {criterionCode}: số điểm cộng mỗi đơn vị phải lớn hơn 0.",
    en: "Criterion {criterionCode}: the points per unit must be above 0.",
  },
  "setProblem.KNOCK_OUT_NOT_SUPPORTED": {
    vi: "Tiêu chí {criterionCode}: chỉ tiêu chí có/không hoặc tiêu chí trừ điểm mới được đặt là tiêu chí loại trừ.",
    en: "Criterion {criterionCode}: only yes/no and deduction criteria can knock a unit out.",
  },
  "setProblem.BONUS_CAP_NEGATIVE": {
    vi: "Điểm thưởng tối đa không được âm.",
    en: "The bonus cap must not be negative.",
  },
  "setProblem.DUPLICATE_CLASSIFICATION_CODE": {
    vi: "Mã xếp loại {bandCode} bị trùng.",
    en: "Classification code {bandCode} is used twice.",
  },
  "setProblem.DUPLICATE_CLASSIFICATION_MIN": {
    vi: "Hai mức xếp loại cùng bắt đầu từ {minTotal} điểm.",
    en: "Two classes start at the same total {minTotal}.",
  },
  "setProblem.CLASSIFICATION_MIN_NEGATIVE": {
    vi: "Xếp loại {bandCode}: điểm tối thiểu không được âm.",
    en: "Class {bandCode}: the minimum total must not be negative.",
  },
  "setProblem.CLASSIFICATION_UNREACHABLE": {
    vi: "Xếp loại {bandCode} cần {minTotal} điểm, cao hơn tổng điểm cao nhất có thể đạt {highestTotal}.",
    en: "Class {bandCode} needs {minTotal} points, more than the highest possible total {highestTotal}.",
  },
  "setProblem.UNKNOWN_TIE_BREAK_GROUP": {
    vi: "Tiêu chí phụ khi bằng điểm dùng nhóm {groupId}, nhưng bộ tiêu chí không có nhóm này.",
    en: "A tie-break uses group {groupId}, which is not in the set.",
  },
  "setProblem.UNKNOWN_TIE_BREAK_CRITERION": {
    vi: "Tiêu chí phụ khi bằng điểm dùng tiêu chí {criterionId}, nhưng bộ tiêu chí không có tiêu chí này.",
    en: "A tie-break uses criterion {criterionId}, which is not in the set.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof messages;
