import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { awardMinutes, awardProposal, type AwardDossierData } from "./award-dossier";
import { officialDocx } from "./docx";
import { placeAndDate } from "./official-document";
import { officialPdf } from "./pdf";

export const dossier: AwardDossierData = {
  blocName: "Khối thi đua các huyện, thị xã, thành phố tỉnh Lào Cai",
  year: 2024,
  upperBody: "UBND tỉnh Lào Cai",
  place: "Lào Cai",
  meeting: {
    date: new Date(Date.UTC(2024, 11, 15, 1, 30)),
    location: "Hội trường Ủy ban MTTQ huyện Bảo Thắng",
    chair: { name: "Nguyễn Văn Hùng", position: "Chủ tịch Ủy ban MTTQ huyện Bảo Thắng, Khối trưởng" },
    secretary: { name: "Lò Thị Mai", position: "Chuyên viên Văn phòng Ủy ban MTTQ huyện Bảo Thắng" },
    attendees: "Đại diện lãnh đạo 9 đơn vị thành viên khối; đại diện Ban Thi đua - Khen thưởng tỉnh.",
    voters: 18,
  },
  minutesNumber: "05/BB-KTĐ",
  proposal: {
    number: "12/TTr-KTĐ",
    date: new Date(Date.UTC(2024, 11, 16)),
    addressee: "Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai",
  },
  head: { unitName: "Huyện Bảo Thắng", signerName: "Nguyễn Văn Hùng" },
  recipients: [],
  ranking: [
    { rank: 1, unitName: "Huyện Bảo Thắng", total: 92.35, classification: "Xuất sắc", knockedOut: false },
    { rank: 2, unitName: "Thành phố Lào Cai", total: 90.1, classification: "Xuất sắc", knockedOut: false },
    { rank: 3, unitName: "Huyện Mường Khương", total: 85.5, classification: "Tốt", knockedOut: true },
  ],
  awards: [
    { code: "CO_THI_DUA", label: "Cờ thi đua của Ủy ban nhân dân tỉnh" },
    { code: "BANG_KHEN", label: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" },
  ],
  nominees: [
    {
      unitName: "Huyện Bảo Thắng",
      rank: 1,
      total: 92.35,
      classification: "Xuất sắc",
      awardCode: "CO_THI_DUA",
      votesFor: 17,
      votesAgainst: 1,
      votesAbstain: 0,
    },
    {
      unitName: "Thành phố Lào Cai",
      rank: 2,
      total: 90.1,
      classification: "Xuất sắc",
      awardCode: "BANG_KHEN",
      votesFor: 18,
      votesAgainst: 0,
      votesAbstain: 0,
    },
  ],
};

async function documentXml(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

/** Text runs joined, so a phrase split over runs is still found. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");

function pdfText(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), "thidua-official-"));
  writeFileSync(join(dir, "file.pdf"), pdf);
  if (process.env.THIDUA_FILES_OUT) writeFileSync(join(process.env.THIDUA_FILES_OUT, `${pdf.length}.pdf`), pdf);
  return execFileSync("pdftotext", [join(dir, "file.pdf"), "-"], { encoding: "utf8" });
}

describe("placeAndDate", () => {
  it("writes the decree's date line, with a leading zero for days below 10 and months 1 and 2", () => {
    expect(placeAndDate("Lào Cai", new Date(Date.UTC(2025, 11, 15)))).toBe("Lào Cai, ngày 15 tháng 12 năm 2025");
    expect(placeAndDate("Bắc Kạn", new Date(Date.UTC(2026, 0, 5)))).toBe("Bắc Kạn, ngày 05 tháng 01 năm 2026");
    expect(placeAndDate("Bắc Kạn", new Date(Date.UTC(2026, 4, 5)))).toBe("Bắc Kạn, ngày 05 tháng 5 năm 2026");
    // In Vietnam's time: 20:00 UTC on the 31st is already the 1st of the next month there.
    expect(placeAndDate("Lào Cai", new Date(Date.UTC(2025, 11, 31, 20)))).toBe("Lào Cai, ngày 01 tháng 01 năm 2026");
  });
});

describe("the ranking minutes", () => {
  it("is a .docx in Times New Roman on A4 with the decree's heading, the ranking, the votes and both signatures", async () => {
    const xml = await documentXml(await officialDocx(awardMinutes(dossier)));
    const text = textOf(xml);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    for (const phrase of [
      "UBND TỈNH LÀO CAI",
      "KHỐI THI ĐUA CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ TỈNH LÀO CAI",
      "Số: 05/BB-KTĐ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lào Cai, ngày 15 tháng 12 năm 2024",
      "BIÊN BẢN",
      "Hội nghị bình xét, suy tôn thi đua năm 2024",
      "Hôm nay, vào hồi 08 giờ 30, ngày 15 tháng 12 năm 2024, tại Hội trường Ủy ban MTTQ huyện Bảo Thắng",
      "Chủ trì: Nguyễn Văn Hùng",
      "Thư ký: Lò Thị Mai",
      "Huyện Mường Khương85,5Tốt (*)",
      "Huyện Bảo ThắngCờ thi đua của Ủy ban nhân dân tỉnh171094,4%",
      "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Thành phố Lào Cai.",
      "THƯ KÝ",
      "CHỦ TRÌ",
    ]) {
      expect(text).toContain(phrase);
    }
    // The motto is bold; the date line is italic.
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Độc lập - Tự do - Hạnh phúc/s);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Lào Cai, ngày 15 tháng 12 năm 2024/s);
  });

  it("renders the same text to PDF, with Vietnamese intact", async () => {
    const text = pdfText(await officialPdf(awardMinutes(dossier)));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Số: 05/BB-KTĐ");
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain("Lò Thị Mai");
    expect(text).toContain("94,4%");
  });
});

describe("the award proposal", () => {
  it("addresses the province, lists the proposed units by award, and closes with recipients and the head's signature", async () => {
    const proposal = awardProposal(dossier);
    const text = textOf(await documentXml(await officialDocx(proposal)));
    for (const phrase of [
      "Số: 12/TTr-KTĐ",
      "Lào Cai, ngày 16 tháng 12 năm 2024",
      "TỜ TRÌNH",
      "Về việc đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024",
      "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai",
      "Căn cứ Nghị định số 98/2023/NĐ-CP",
      "Biên bản hội nghị bình xét, suy tôn số 05/BB-KTĐ ngày 15 tháng 12 năm 2024",
      "1. Cờ thi đua của Ủy ban nhân dân tỉnh",
      "1Huyện Bảo Thắng92,351/3Xuất sắc94,4%",
      "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      "Nơi nhận:",
      "- Như trên",
      "TM. KHỐI THI ĐUA",
      "KHỐI TRƯỞNG",
      "Nguyễn Văn Hùng",
    ]) {
      expect(text).toContain(phrase);
    }
    const pdf = pdfText(await officialPdf(proposal));
    expect(pdf).toContain("TỜ TRÌNH");
    expect(pdf).toContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai");
    expect(pdf).toContain("Thành phố Lào Cai");
  });
});
