import { englishText } from "./explanation-text-en";
import { vietnameseText } from "./explanation-text-vi";
import type { Explanation, ExplanationKey, ExplanationOf } from "./explanation";
import type { Locale } from "./format";

/** One sentence per explanation key; the mapped type makes a missing key a compile error in every language. */
export type ExplanationText = { [K in ExplanationKey]: (explanation: ExplanationOf<K>) => string };

const texts: Record<Locale, ExplanationText> = { vi: vietnameseText, en: englishText };

/** Renders an explanation as a sentence in the reader's language, numbers written the way that language writes them. */
export function renderExplanation(explanation: Explanation, locale: Locale = "vi"): string {
  return renderWith(texts[locale], explanation);
}

function renderWith<K extends ExplanationKey>(text: ExplanationText, explanation: ExplanationOf<K>): string {
  const render: (explanation: ExplanationOf<K>) => string = text[explanation.key];
  return render(explanation);
}
