import { formatNumber } from "@thidua/core";
import { vietnamTime, type Block, type OfficialDocument } from "./official-document";

/** What the year-end award documents are made of: the final ranking, the votes and the meeting's record. */
export interface AwardDossierData {
  blocName: string;
  year: number;
  /** The body above the bloc in the heading ("UBND TỈNH LÀO CAI"); may be empty. */
  upperBody: string;
  /** The place written before the date ("Lào Cai"). */
  place: string;
  meeting: {
    date: Date;
    location: string;
    chair: { name: string; position: string };
    secretary: { name: string; position: string };
    attendees: string;
    /** How many voted. */
    voters: number;
  };
  minutesNumber: string;
  proposal: { number: string; date: Date; addressee: string };
  /** The head unit that signs for the bloc, and its signer. */
  head: { unitName: string; signerName: string };
  recipients: string[];
  ranking: { rank: number; unitName: string; total: number; classification: string | null; knockedOut: boolean }[];
  awards: { code: string; label: string }[];
  nominees: {
    unitName: string;
    rank: number;
    total: number;
    classification: string | null;
    awardCode: string;
    votesFor: number;
    votesAgainst: number;
    votesAbstain: number;
  }[];
}

const points = (value: number) => formatNumber(value, "vi");
const percent = (part: number, whole: number) => (whole > 0 ? `${formatNumber((part * 100) / whole, "vi", 1)}%` : "–");
const two = (value: number) => String(value).padStart(2, "0");
const time = (date: Date) => {
  const { hour, minute } = vietnamTime(date);
  return `${two(hour)} giờ ${two(minute)}`;
};
const day = (date: Date) => {
  const { year, month, day: dayOfMonth } = vietnamTime(date);
  return `ngày ${two(dayOfMonth)} tháng ${two(month)} năm ${year}`;
};

const para = (text: string, indent = true): Block => ({ kind: "paragraph", runs: [{ text }], indent });

function rankingTable(data: AwardDossierData): Block {
  return {
    kind: "table",
    columns: [
      { header: "Hạng", width: 9, align: "center" },
      { header: "Đơn vị", width: 52 },
      { header: "Tổng điểm", width: 17, align: "right" },
      { header: "Xếp loại", width: 22, align: "center" },
    ],
    rows: data.ranking.map((row) => [
      String(row.rank),
      row.unitName,
      points(row.total),
      `${row.classification ?? "–"}${row.knockedOut ? " (*)" : ""}`,
    ]),
  };
}

const awardLabel = (data: AwardDossierData, code: string) =>
  data.awards.find((award) => award.code === code)?.label ?? code;

/** Who is proposed for which award, award by award, in the order the rules list them. */
function nomineesByAward(data: AwardDossierData) {
  return data.awards
    .map((award) => ({ award, nominees: data.nominees.filter((nominee) => nominee.awardCode === award.code) }))
    .filter((entry) => entry.nominees.length > 0);
}

/** The ranking minutes (biên bản họp bình xét, suy tôn): who met, the ranking, the votes and the conclusion. */
export function awardMinutes(data: AwardDossierData): OfficialDocument {
  const { meeting } = data;
  const knockedOut = data.ranking.some((row) => row.knockedOut);
  const conclusion = nomineesByAward(data).map(
    ({ award, nominees }) => `Đề nghị tặng ${award.label}: ${nominees.map((nominee) => nominee.unitName).join("; ")}.`,
  );
  return {
    upperBody: data.upperBody,
    issuingBody: data.blocName,
    number: data.minutesNumber,
    place: data.place,
    date: meeting.date,
    kind: "BIÊN BẢN",
    subject: [`Hội nghị bình xét, suy tôn thi đua năm ${data.year}`],
    body: [
      para(
        `Hôm nay, vào hồi ${time(meeting.date)}, ${day(meeting.date)}, tại ${meeting.location}, ${data.blocName} tổ chức hội nghị bình xét, suy tôn các đơn vị dẫn đầu phong trào thi đua năm ${data.year}.`,
      ),
      { kind: "heading", text: "I. THÀNH PHẦN" },
      para(`- Chủ trì: ${meeting.chair.name}, ${meeting.chair.position}.`, false),
      para(`- Thư ký: ${meeting.secretary.name}, ${meeting.secretary.position}.`, false),
      para(`- Thành phần tham dự: ${meeting.attendees}`, false),
      { kind: "heading", text: "II. NỘI DUNG" },
      para(
        `1. Hội nghị nghe công bố kết quả chấm điểm, xếp hạng thi đua năm ${data.year} của các đơn vị thành viên (điểm thẩm định, cả năm):`,
      ),
      rankingTable(data),
      ...(knockedOut ? [para("(*) Đơn vị vi phạm tiêu chí loại trừ, không được xét xếp loại cao nhất.", false)] : []),
      para(
        `2. Hội nghị thảo luận và bỏ phiếu suy tôn; có ${meeting.voters} đại biểu tham gia bỏ phiếu. Kết quả như sau:`,
      ),
      {
        kind: "table",
        columns: [
          { header: "Đơn vị", width: 30 },
          { header: "Hình thức khen thưởng", width: 30 },
          { header: "Đồng ý", width: 10, align: "center" },
          { header: "Không đồng ý", width: 11, align: "center" },
          { header: "Không biểu quyết", width: 11, align: "center" },
          { header: "Tỷ lệ đồng ý", width: 10, align: "center" },
        ],
        rows: data.nominees.map((nominee) => [
          nominee.unitName,
          awardLabel(data, nominee.awardCode),
          String(nominee.votesFor),
          String(nominee.votesAgainst),
          String(nominee.votesAbstain),
          percent(nominee.votesFor, meeting.voters),
        ]),
      },
      { kind: "heading", text: "III. KẾT LUẬN" },
      para(`Căn cứ kết quả chấm điểm, xếp hạng và kết quả bỏ phiếu, hội nghị thống nhất:`),
      ...(conclusion.length > 0
        ? conclusion.map((line) => para(`- ${line}`, false))
        : [para("- Không đề nghị khen thưởng.", false)]),
      para(`Biên bản được lập xong và thông qua tại hội nghị, các thành viên dự họp nhất trí với nội dung biên bản./.`),
    ],
    recipients: [],
    signatures: {
      left: { title: ["THƯ KÝ"], name: meeting.secretary.name },
      right: { title: ["CHỦ TRÌ"], name: meeting.chair.name },
    },
  };
}

/** The award proposal (tờ trình đề nghị khen thưởng) to the province, with the list of proposed units. */
export function awardProposal(data: AwardDossierData): OfficialDocument {
  const groups = nomineesByAward(data);
  const labels = groups.map(({ award }) => award.label).join(" và ");
  const voters = data.meeting.voters;
  return {
    upperBody: data.upperBody,
    issuingBody: data.blocName,
    number: data.proposal.number,
    place: data.place,
    date: data.proposal.date,
    kind: "TỜ TRÌNH",
    subject: [`Về việc đề nghị tặng ${labels || "khen thưởng"} năm ${data.year}`],
    addressee: data.proposal.addressee,
    body: [
      para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
      para(
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
      ),
      para(
        `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${data.year} và Biên bản hội nghị bình xét, suy tôn số ${data.minutesNumber} ${day(data.meeting.date)} của ${data.blocName},`,
      ),
      para(`${data.blocName} kính đề nghị ${data.proposal.addressee} xem xét, trình cấp có thẩm quyền tặng thưởng:`),
      ...groups.flatMap(({ award, nominees }, index): Block[] => [
        { kind: "heading", text: `${index + 1}. ${award.label}` },
        {
          kind: "table",
          columns: [
            { header: "TT", width: 7, align: "center" },
            { header: "Đơn vị", width: 45 },
            { header: "Tổng điểm", width: 14, align: "right" },
            { header: "Xếp hạng", width: 12, align: "center" },
            { header: "Xếp loại", width: 12, align: "center" },
            { header: "Tỷ lệ phiếu", width: 12, align: "center" },
          ],
          rows: nominees.map((nominee, row) => [
            String(row + 1),
            nominee.unitName,
            points(nominee.total),
            `${nominee.rank}/${data.ranking.length}`,
            nominee.classification ?? "–",
            percent(nominee.votesFor, voters),
          ]),
        },
      ]),
      ...(groups.length === 0 ? [para("Năm nay khối không đề nghị khen thưởng.", false)] : []),
      para("(Gửi kèm Biên bản hội nghị bình xét, suy tôn và Bảng tổng hợp kết quả chấm điểm, xếp hạng.)"),
      para(`Kính đề nghị ${data.proposal.addressee} xem xét, quyết định./.`),
    ],
    recipients: data.recipients.length > 0 ? data.recipients : ["Như trên", "Các đơn vị thành viên khối", "Lưu: VT"],
    signatures: {
      right: { title: ["TM. KHỐI THI ĐUA", "KHỐI TRƯỞNG"], note: data.head.unitName, name: data.head.signerName },
    },
  };
}
