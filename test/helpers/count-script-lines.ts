/**
 * Counts the lines of a PDF's text (pdftotext -layout) that give the wrong script away:
 *   node scripts/run-ts.mjs test/helpers/count-script-lines.ts <file.pdf> zh-TW|en
 * zh-TW: lines with a Simplified-only character; en: lines with any Chinese character.
 */
import { execFileSync } from 'node:child_process';
import { hasCjk, simplifiedOnlyChars } from './script-check';

const [file, language] = process.argv.slice(2);
if (!file || (language !== 'zh-TW' && language !== 'en')) {
  console.error('usage: count-script-lines <file.pdf> zh-TW|en');
  process.exit(2);
}
const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  .split('\n')
  .filter((line) => line.trim() !== '');
const bad = lines.filter((line) =>
  language === 'zh-TW' ? simplifiedOnlyChars(line).length > 0 : hasCjk(line),
);
console.log(
  `${file}: ${bad.length} of ${lines.length} lines ${language === 'zh-TW' ? 'contain Simplified-only characters' : 'contain Chinese'}`,
);
