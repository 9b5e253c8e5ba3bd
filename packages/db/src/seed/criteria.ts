import type { Accumulation, Reporting } from "../generated/prisma/client";
import type { SetFlavour } from "./blocs";

// A type alias, not an interface: Prisma's JSON input type needs the implicit index signature.
type Band = { from: number; points: number };

/** A criterion's kind with its stored parameters (Criterion.rule holds the parameters without `kind`). */
type KindAndRule =
  | { kind: "TARGET_PERCENT"; rule: { fullAtPercent: number } }
  | { kind: "BANDS"; rule: { basis: "VALUE" | "PERCENT_OF_TARGET"; bands: Band[] } }
  | { kind: "YES_NO" | "QUALITATIVE"; rule: Record<string, never> }
  | { kind: "DEDUCTION"; rule: { pointsPerEvent: number } }
  | { kind: "BONUS"; rule: { pointsPerUnit: number } };

export type CriterionDefinition = KindAndRule & {
  code: string;
  name: string;
  description: string;
  unitOfMeasure: string | null;
  /** For a deduction the most it can take away; for a bonus its own cap. */
  maxPoints: number;
  knockOut: boolean;
  /** A figure needs evidence attached (the plan, the decision), or the unit's written explanation. */
  evidenceRequired: boolean;
  reporting: Reporting;
  accumulation: Accumulation;
};

interface CriteriaGroupDefinition {
  code: string;
  name: string;
  criteria: CriterionDefinition[];
}

export interface CriteriaSetDefinition {
  name: string;
  contentMaxPoints: number;
  bonusCap: number;
  classification: { code: string; label: string; minTotal: number }[];
  tieBreak: (
    { by: "GROUP"; groupCode: string } | { by: "CRITERION"; criterionCode: string } | { by: "FEWER_DEDUCTIONS" }
  )[];
  groups: CriteriaGroupDefinition[];
}

const CLASSIFICATION = [
  { code: "XUAT_SAC", label: "Xuất sắc", minTotal: 90 },
  { code: "TOT", label: "Tốt", minTotal: 80 },
  { code: "KHA", label: "Khá", minTotal: 65 },
  { code: "TRUNG_BINH", label: "Trung bình", minTotal: 50 },
];

const TARGET_PERCENT = { kind: "TARGET_PERCENT", rule: { fullAtPercent: 100 } } as const;
const YES_NO = { kind: "YES_NO", rule: {} } as const;
const QUALITATIVE = { kind: "QUALITATIVE", rule: {} } as const;

function bands(basis: "VALUE" | "PERCENT_OF_TARGET", ...steps: [from: number, points: number][]): KindAndRule {
  return { kind: "BANDS", rule: { basis, bands: steps.map(([from, points]) => ({ from, points })) } };
}

function criterion(
  code: string,
  name: string,
  unitOfMeasure: string | null,
  maxPoints: number,
  kindAndRule: KindAndRule,
  accumulation: Accumulation,
  description: string,
  options: { reporting?: Reporting; knockOut?: boolean; evidenceRequired?: boolean } = {},
): CriterionDefinition {
  return {
    ...kindAndRule,
    code,
    name,
    description,
    unitOfMeasure,
    maxPoints,
    accumulation,
    reporting: options.reporting ?? "QUARTERLY",
    knockOut: options.knockOut ?? false,
    evidenceRequired: options.evidenceRequired ?? false,
  };
}

/** The wording that differs between covenants of localities and of organisations. */
function wording(flavour: SetFlavour, year: number) {
  const organisation = flavour === "ORGANISATION";
  // 2025 covenants were signed while the state apparatus was being merged, so they score that instead of congresses.
  const reorganising = year >= 2025;
  return {
    housing:
      flavour === "COMMUNE"
        ? "Hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo"
        : organisation
          ? "Xây dựng, sửa chữa nhà cho hội viên, đoàn viên khó khăn (nhà “Đại đoàn kết”, “Mái ấm tình thương”, “Mái ấm Công đoàn”, nhà nhân đạo)"
          : "Xây dựng mới, sửa chữa nhà “Đại đoàn kết” cho hộ nghèo",
    culturedFamilies: organisation
      ? "Tỷ lệ hộ hội viên, đoàn viên đạt danh hiệu “Gia đình văn hóa”"
      : "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”",
    yearEndRating: organisation
      ? { name: "Tỷ lệ cơ sở hội, đoàn được xếp loại vững mạnh", unit: "% cơ sở" }
      : { name: "Tỷ lệ khu dân cư đạt danh hiệu “Khu dân cư văn hóa”", unit: "% khu dân cư" },
    structure:
      flavour === "COMMUNE"
        ? "Kiện toàn Ủy ban MTTQ và các đoàn thể xã, phường sau sắp xếp đúng tiến độ"
        : reorganising
          ? "Hoàn thành sắp xếp, kiện toàn tổ chức bộ máy đúng tiến độ"
          : organisation
            ? "Tổ chức đại hội, hội nghị giữa nhiệm kỳ ở cơ sở đúng tiến độ"
            : "Hoàn thành đại hội MTTQ cấp xã nhiệm kỳ 2024 - 2029 đúng tiến độ",
    plan:
      flavour === "COMMUNE"
        ? "Ban hành kế hoạch thực hiện giao ước thi đua 6 tháng cuối năm"
        : "Ban hành kế hoạch thực hiện giao ước thi đua và chương trình công tác năm",
  };
}

/**
 * The covenant (giao ước thi đua) a bloc signs for a year: 90 content points in six groups plus
 * bonus items capped at 10. Later covenants of the same bloc are copies with a few edits:
 * from 2025 the late-report deduction doubles and the organisation criterion follows the merger.
 */
export function criteriaSetDefinition(flavour: SetFlavour, year: number): CriteriaSetDefinition {
  const words = wording(flavour, year);
  // From 2025 the organisations' covenant asks for the document behind a plan or a reorganisation.
  const proof = { evidenceRequired: flavour === "ORGANISATION" && year >= 2025 };
  const lateReportPenalty = year >= 2025 ? 1 : 0.5;
  return {
    name: flavour === "COMMUNE" ? `Giao ước thi đua 6 tháng cuối năm ${year}` : `Giao ước thi đua năm ${year}`,
    contentMaxPoints: 90,
    bonusCap: 10,
    classification: CLASSIFICATION,
    tieBreak: [{ by: "GROUP", groupCode: "II" }, { by: "FEWER_DEDUCTIONS" }],
    groups: [
      {
        code: "I",
        name: "Công tác tuyên truyền, vận động Nhân dân",
        criteria: [
          criterion(
            "I.1",
            "Tổ chức tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
            "buổi",
            4,
            TARGET_PERCENT,
            "SUM",
            "Số buổi tuyên truyền trực tiếp, hội nghị, tọa đàm so với kế hoạch năm; đạt 100% kế hoạch được điểm tối đa, chưa đạt tính theo tỷ lệ.",
          ),
          criterion(
            "I.2",
            "Số lượt người được tuyên truyền, phổ biến",
            "lượt người",
            4,
            bands("PERCENT_OF_TARGET", [100, 4], [90, 3], [75, 2], [50, 1]),
            "SUM",
            "Theo tỷ lệ % kế hoạch năm: từ 100% trở lên 4 điểm; từ 90% 3 điểm; từ 75% 2 điểm; từ 50% 1 điểm.",
          ),
          criterion(
            "I.3",
            words.plan,
            null,
            4,
            YES_NO,
            "MAX",
            "Có kế hoạch được ban hành theo đúng hướng dẫn: điểm tối đa; chưa ban hành: 0 điểm. Đã ban hành thì các quý sau giữ nguyên.",
            proof,
          ),
        ],
      },
      {
        code: "II",
        name: "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và công tác an sinh xã hội",
        criteria: [
          criterion(
            "II.1",
            "Vận động ủng hộ Quỹ “Vì người nghèo”",
            "triệu đồng",
            8,
            TARGET_PERCENT,
            "SUM",
            "Số tiền vận động được so với chỉ tiêu năm được giao; đạt từ 100% kế hoạch trở lên được điểm tối đa.",
          ),
          criterion(
            "II.2",
            "Trao quà cho hộ nghèo, gia đình chính sách dịp Tết Nguyên đán và các ngày lễ",
            "suất",
            6,
            TARGET_PERCENT,
            "SUM",
            "Số suất quà đã trao so với kế hoạch năm.",
          ),
          criterion(
            "II.3",
            words.housing,
            "căn",
            7,
            TARGET_PERCENT,
            "SUM",
            "Số căn nhà đã bàn giao so với kế hoạch năm.",
          ),
          criterion(
            "II.4",
            words.culturedFamilies,
            "% hộ",
            5,
            bands("VALUE", [90, 5], [85, 4], [80, 3], [70, 2]),
            "LAST",
            "Tỷ lệ tại thời điểm báo cáo: từ 90% trở lên 5 điểm; từ 85% 4 điểm; từ 80% 3 điểm; từ 70% 2 điểm.",
          ),
          criterion(
            "II.5",
            words.yearEndRating.name,
            words.yearEndRating.unit,
            4,
            bands("VALUE", [90, 4], [85, 3], [75, 2], [60, 1]),
            "LAST",
            "Chấm một lần vào cuối năm theo kết quả bình xét: từ 90% trở lên 4 điểm; từ 85% 3 điểm; từ 75% 2 điểm; từ 60% 1 điểm.",
            { reporting: "YEAR_END" },
          ),
        ],
      },
      {
        code: "III",
        name: "Giám sát, phản biện xã hội và tham gia xây dựng Đảng, chính quyền",
        criteria: [
          criterion(
            "III.1",
            "Tổ chức giám sát theo chương trình, kế hoạch",
            "cuộc",
            6,
            TARGET_PERCENT,
            "SUM",
            "Số cuộc giám sát đã thực hiện so với kế hoạch năm.",
          ),
          criterion(
            "III.2",
            "Tổ chức hội nghị phản biện xã hội, góp ý dự thảo văn bản",
            "cuộc",
            4,
            bands("VALUE", [4, 4], [3, 3], [2, 2], [1, 1]),
            "SUM",
            "Theo số cuộc lũy kế từ đầu năm: từ 4 cuộc trở lên 4 điểm; 3 cuộc 3 điểm; 2 cuộc 2 điểm; 1 cuộc 1 điểm.",
          ),
          criterion(
            "III.3",
            "Tiếp nhận, tổng hợp, phản ánh ý kiến, kiến nghị của cử tri và Nhân dân",
            null,
            4,
            QUALITATIVE,
            "AVERAGE",
            "Khối trưởng, khối phó chấm theo chất lượng từng quý (0 - 4 điểm); điểm năm là trung bình các quý.",
          ),
        ],
      },
      {
        code: "IV",
        name: "Công tác dân tộc, tôn giáo",
        criteria: [
          criterion(
            "IV.1",
            "Gặp mặt, thăm hỏi chức sắc tôn giáo, người có uy tín trong đồng bào dân tộc thiểu số",
            "cuộc",
            5,
            bands("PERCENT_OF_TARGET", [100, 5], [90, 4], [75, 3], [50, 2]),
            "SUM",
            "Theo tỷ lệ % kế hoạch năm: từ 100% trở lên 5 điểm; từ 90% 4 điểm; từ 75% 3 điểm; từ 50% 2 điểm.",
          ),
          criterion(
            "IV.2",
            "Không để xảy ra điểm nóng về an ninh, trật tự liên quan đến dân tộc, tôn giáo",
            null,
            5,
            YES_NO,
            "LAST",
            "Tính lũy kế từ đầu năm: đã để xảy ra điểm nóng thì từ quý đó trở đi không đạt.",
          ),
        ],
      },
      {
        code: "V",
        name: "Xây dựng tổ chức, củng cố khối đại đoàn kết toàn dân tộc",
        criteria: [
          criterion(
            "V.1",
            words.structure,
            null,
            4,
            YES_NO,
            "LAST",
            "Theo tiến độ tại thời điểm báo cáo; đúng tiến độ được điểm tối đa.",
            proof,
          ),
          criterion(
            "V.2",
            "Kết nạp hội viên, đoàn viên mới",
            "người",
            5,
            TARGET_PERCENT,
            "SUM",
            "Số hội viên, đoàn viên mới kết nạp so với chỉ tiêu năm.",
          ),
          criterion(
            "V.3",
            "Giới thiệu đoàn viên, hội viên ưu tú cho Đảng xem xét kết nạp",
            "người",
            5,
            bands("PERCENT_OF_TARGET", [100, 5], [80, 4], [60, 3], [40, 2]),
            "SUM",
            "Theo tỷ lệ % chỉ tiêu năm: từ 100% trở lên 5 điểm; từ 80% 4 điểm; từ 60% 3 điểm; từ 40% 2 điểm.",
          ),
        ],
      },
      {
        code: "VI",
        name: "Công tác văn phòng, thông tin, báo cáo",
        criteria: [
          criterion(
            "VI.1",
            "Chất lượng, thời hạn thông tin, báo cáo định kỳ và đột xuất",
            null,
            6,
            QUALITATIVE,
            "AVERAGE",
            "Khối trưởng, khối phó chấm theo chất lượng từng quý (0 - 6 điểm); điểm năm là trung bình các quý.",
          ),
          criterion(
            "VI.2",
            "Không để xảy ra vi phạm nghiêm trọng bị cấp có thẩm quyền xử lý kỷ luật",
            null,
            4,
            YES_NO,
            "LAST",
            "Tiêu chí loại trừ: đơn vị để xảy ra vi phạm nghiêm trọng không được xếp loại Xuất sắc và không được đề nghị Cờ thi đua, dù đủ điểm.",
            { knockOut: true },
          ),
          criterion(
            "VI.3",
            "Chậm gửi báo cáo, vắng giao ban khối không có lý do",
            "lần",
            3,
            { kind: "DEDUCTION", rule: { pointsPerEvent: lateReportPenalty } },
            "SUM",
            `Trừ ${lateReportPenalty === 1 ? "1" : "0,5"} điểm mỗi lần, tối đa 3 điểm.`,
          ),
          criterion(
            "VI.4",
            "Không thực hiện hoặc thực hiện không đầy đủ văn bản chỉ đạo của cấp trên",
            "lần",
            2,
            { kind: "DEDUCTION", rule: { pointsPerEvent: 1 } },
            "SUM",
            "Trừ 1 điểm mỗi lần, tối đa 2 điểm.",
          ),
        ],
      },
      {
        code: "VII",
        name: "Điểm thưởng",
        criteria: [
          criterion(
            "VII.1",
            "Mô hình, điển hình được cấp có thẩm quyền công nhận, nhân rộng",
            "mô hình",
            5,
            { kind: "BONUS", rule: { pointsPerUnit: 2 } },
            "SUM",
            "Cộng 2 điểm mỗi mô hình, tối đa 5 điểm.",
          ),
          criterion(
            "VII.2",
            "Sáng kiến, giải pháp được Hội đồng sáng kiến công nhận",
            "sáng kiến",
            5,
            { kind: "BONUS", rule: { pointsPerUnit: 2.5 } },
            "SUM",
            "Cộng 2,5 điểm mỗi sáng kiến, tối đa 5 điểm.",
          ),
          criterion(
            "VII.3",
            "Được Ủy ban Trung ương MTTQ Việt Nam, Ủy ban nhân dân tỉnh tặng Bằng khen chuyên đề",
            "Bằng khen",
            2.5,
            { kind: "BONUS", rule: { pointsPerUnit: 1 } },
            "SUM",
            "Cộng 1 điểm mỗi Bằng khen, tối đa 2,5 điểm. Tổng điểm thưởng không quá 10 điểm.",
          ),
        ],
      },
    ],
  };
}
