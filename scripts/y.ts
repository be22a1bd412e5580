import { execFileSync } from 'node:child_process';
import { simplifiedOnlyChars } from '../test/helpers/script-check';
const t = execFileSync('pdftotext', ['-layout', process.argv[2]!, '-'], { encoding: 'utf8' });
for (const l of t.split('\n')) { const c = simplifiedOnlyChars(l); if (c.length) console.log(c.join(''), '|', l.trim().slice(0, 110)); }
