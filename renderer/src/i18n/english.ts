/**
 * English content on screen: the translation memory (pack, scenario and policy texts) is fetched
 * only when English is chosen, so the Chinese screens' first paint does not pay for it.
 */
type Content = typeof import('../../../assessments/i18n/content/english');

let content: Content | undefined;

export async function loadEnglish(): Promise<void> {
  content ??= await import('../../../assessments/i18n/content/english');
}

/** The English of a content text once loadEnglish() has finished (it always has when English is on). */
export function english(text: string): string {
  return content ? content.englishContent(text) : text;
}

/** A document title with its English gloss after it; the Chinese title itself is always shown. */
export function englishTitle(title: string): string {
  return content ? content.glossedTitle(title) : title;
}
