import { existsSync } from 'node:fs';
import { AppError } from '@contract/errors';
import { resourcePath } from '../resources';

/**
 * Where the report's CJK fonts are: Noto Sans SC (zh-CN, en) or Noto Sans TC (zh-TW), Regular and
 * Bold, TrueType. Kept apart from the parsing (fonts.ts) so a shell can name the files for its
 * report worker without loading fontkit at start-up.
 */

export type FontScript = 'sc' | 'tc';
export type FontWeight = 'regular' | 'bold';

const WEIGHT_DIR: Record<FontWeight, string> = { regular: '400Regular', bold: '700Bold' };

/** File name as shipped by @expo-google-fonts, e.g. NotoSansSC_400Regular.ttf. */
export function fontFileName(script: FontScript, weight: FontWeight): string {
  return `NotoSans${script.toUpperCase()}_${WEIGHT_DIR[weight]}.ttf`;
}

/**
 * Where a font file can be: the packaged app's <resources>/app-resources/fonts/ (the packaging
 * step copies the four TTFs there), else the npm package in node_modules (dev, CLI, tests).
 */
export function fontCandidates(script: FontScript, weight: FontWeight, at = resourcePath): string[] {
  const file = fontFileName(script, weight);
  return [
    at('fonts', file),
    at('node_modules', '@expo-google-fonts', `noto-sans-${script}`, WEIGHT_DIR[weight], file),
  ];
}

/** The one lookup every caller uses: the first candidate that exists, or a clear error. */
export function locateFont(script: FontScript, weight: FontWeight, at = resourcePath): string {
  const candidates = fontCandidates(script, weight, at);
  const found = candidates.find((file) => existsSync(file));
  if (!found) {
    throw new AppError(
      'internal',
      `找不到报告字体 ${fontFileName(script, weight)}（程序文件不完整，请重新安装）`,
      {
        candidates,
      },
    );
  }
  return found;
}

export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
  readonly fallback?: { readonly regular: string; readonly bold: string } | undefined;
}

export function fontFilesFor(script: FontScript): FontFiles {
  const pair = (s: FontScript) => ({ regular: locateFont(s, 'regular'), bold: locateFont(s, 'bold') });
  return script === 'tc' ? { ...pair('tc'), fallback: pair('sc') } : pair('sc');
}

export function scriptFor(language: 'zh-CN' | 'en' | 'zh-TW'): FontScript {
  return language === 'zh-TW' ? 'tc' : 'sc';
}
