import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { AppError } from '../../api/errors';
import { resourcePath } from '../resources';

/**
 * The report's CJK fonts: Noto Sans SC (zh-CN, en) or Noto Sans TC (zh-TW), Regular and Bold,
 * TrueType (smaller subsets than CFF). Each file is parsed ONCE per process with fontkit and the
 * parsed object is what pdfkit gets: registered as a path or Buffer, pdfkit re-parses the 10 MB
 * font for every font switch and a report takes seconds instead of ~0.1 s (research/pdf.md §1.4).
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
    throw new AppError('internal', `找不到报告字体 ${fontFileName(script, weight)}（程序文件不完整，请重新安装）`, {
      candidates,
    });
  }
  return found;
}

export interface FontPair {
  readonly script: FontScript;
  readonly regular: fontkit.Font;
  readonly bold: fontkit.Font;
}

export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
}

export function fontFilesFor(script: FontScript): FontFiles {
  return { regular: locateFont(script, 'regular'), bold: locateFont(script, 'bold') };
}

const parsed = new Map<string, fontkit.Font>();

function parseOnce(file: string): fontkit.Font {
  const key = path.resolve(file);
  let font = parsed.get(key);
  if (!font) {
    font = fontkit.create(readFileSync(key));
    parsed.set(key, font);
  }
  return font;
}

/** The parsed pair for a script; later calls return the same objects. */
export function loadFonts(script: FontScript, files: FontFiles = fontFilesFor(script)): FontPair {
  return { script, regular: parseOnce(files.regular), bold: parseOnce(files.bold) };
}

export function scriptFor(language: 'zh-CN' | 'en' | 'zh-TW'): FontScript {
  return language === 'zh-TW' ? 'tc' : 'sc';
}
