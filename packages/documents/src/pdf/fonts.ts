import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/noto-serif/package.json"));
const face = (folder: string) => join(fontDir, folder, `NotoSerif_${folder}.ttf`);

/**
 * Noto Serif holds every Vietnamese letter in one file per weight (web font packages split the
 * accented letters into subsets, which cannot set Vietnamese text); it is embedded and subset
 * in every PDF, so the document reads the same on any machine. It stands in for Times New Roman,
 * which may not be embedded freely.
 */
export const PDF_FONT = "NotoSerif";

let ready = false;
function setUp() {
  if (ready) return;
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: face("400Regular"),
      bold: face("700Bold"),
      italics: face("400Regular_Italic"),
      bolditalics: face("700Bold_Italic"),
    },
  });
  // Documents are built from our own data: no image or font is ever fetched from elsewhere.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  ready = true;
}

/** Lays out a document definition into PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  const pdf = pdfmake.createPdf({
    ...definition,
    defaultStyle: { font: PDF_FONT, fontSize: 10, ...definition.defaultStyle },
  });
  return Buffer.from(await pdf.getBuffer());
}
