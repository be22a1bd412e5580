/**
 * zh-TW on screen: the OpenCC converter (with its ~1 MB dictionary) is fetched only when 繁體 is
 * chosen, so the other languages' first paint does not pay for it.
 */
type Convert = (text: string, verbatim?: readonly string[]) => string;

let convert: Convert | undefined;

export async function loadTaiwan(): Promise<void> {
  convert ??= (await import('../../../assessments/i18n/zh-tw/convert')).toTaiwan;
}

/** `text` in Taiwan Traditional once loadTaiwan() has finished (it always has when zh-TW is on). */
export function taiwan(text: string, verbatim?: readonly string[]): string {
  return convert ? convert(text, verbatim) : text;
}
