// Generates the app and bundle icons in build/ (electron-builder's buildResources):
//   node scripts/make-icons.mjs
// 1. writes build/icon.svg and build/bundle.svg (the sources; 智 is outlined from the Noto Sans SC
//    Bold shipped in node_modules, so the SVGs render the same without any system font);
// 2. renders them with rsvg-convert and packs .ico files with ImageMagick.
// The outputs are committed: CI and `npm run dist` never need rsvg-convert or ImageMagick
// (apt-get install -y librsvg2-bin imagemagick, only to run this script).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';

const BUILD = 'build';
const FONT = 'node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf';
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [256, 512];

/** The outline of one character as SVG path data, scaled to `size` px and centred on (cx, cy). */
function glyphPath(char, size, cx, cy) {
  const font = fontkit.create(readFileSync(FONT));
  const glyph = font.glyphsForString(char)[0];
  const box = glyph.bbox;
  const scale = size / font.unitsPerEm;
  const dx = cx - ((box.minX + box.maxX) / 2) * scale;
  const dy = cy + ((box.minY + box.maxY) / 2) * scale;
  // font units have y up; scale(s, -s) flips them into SVG space
  return glyph.path
    .scale(scale, -scale)
    .translate(dx, dy)
    .toSVG()
    .replace(/(\d+\.\d{2})\d+/g, '$1');
}

/** Point on a circle; angles in degrees, 0 = right, counter-clockwise (screen y is down). */
function polar(cx, cy, r, deg) {
  const rad = (deg * Math.PI) / 180;
  return [+(cx + r * Math.cos(rad)).toFixed(2), +(cy - r * Math.sin(rad)).toFixed(2)];
}

function arc(cx, cy, r, fromDeg, toDeg) {
  const [x1, y1] = polar(cx, cy, r, fromDeg);
  const [x2, y2] = polar(cx, cy, r, toDeg);
  const large = Math.abs(fromDeg - toDeg) > 180 ? 1 : 0;
  return `M${x1} ${y1}A${r} ${r} 0 ${large} 1 ${x2} ${y2}`;
}

/** The mark: a gauge (a maturity reading) over 智, on a blue rounded square. */
function markGroup({ x, y, size }) {
  const s = size / 512;
  const cx = 256;
  const cy = 286;
  // five even graduations over the 240° dial
  const ticks = [210, 150, 90, 30, -30]
    .map((deg) => {
      const [x1, y1] = polar(cx, cy, 204, deg);
      const [x2, y2] = polar(cx, cy, 184, deg);
      return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
    })
    .join('');
  const [nx, ny] = polar(cx, cy, 150, 52);
  return `<g transform="translate(${x} ${y}) scale(${s})">
  <rect x="16" y="16" width="480" height="480" rx="108" fill="url(#bg)"/>
  <path d="${arc(cx, cy, 150, 210, -30)}" fill="none" stroke="#ffffff" stroke-opacity="0.28" stroke-width="30" stroke-linecap="round"/>
  <path d="${arc(cx, cy, 150, 210, 52)}" fill="none" stroke="#7dd3fc" stroke-width="30" stroke-linecap="round"/>
  <g stroke="#ffffff" stroke-opacity="0.55" stroke-width="8" stroke-linecap="round">${ticks}</g>
  <circle cx="${nx}" cy="${ny}" r="22" fill="#ffffff"/>
  <path d="${glyphPath('智', 190, cx, cy + 26)}" fill="#ffffff"/>
</g>`;
}

const GRADIENT = `<defs>
  <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#2f6fe4"/>
    <stop offset="1" stop-color="#1747a6"/>
  </linearGradient>
</defs>`;

function appSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<title>智造自诊</title>
${GRADIENT}
${markGroup({ x: 0, y: 0, size: 512 })}
</svg>
`;
}

/** The .sfdx document icon: a page with a folded corner carrying the mark. */
function bundleSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<title>智造自诊评估包</title>
${GRADIENT}
<path d="M96 24h232l120 120v320a24 24 0 0 1-24 24H96a24 24 0 0 1-24-24V48a24 24 0 0 1 24-24z" fill="#ffffff" stroke="#94a3b8" stroke-width="10"/>
<path d="M328 24v96a24 24 0 0 0 24 24h96" fill="#e2e8f0" stroke="#94a3b8" stroke-width="10" stroke-linejoin="round"/>
${markGroup({ x: 112, y: 196, size: 280 })}
</svg>
`;
}

function render(svgFile, size, outFile) {
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', outFile, svgFile]);
}

function packIco(svgFile, icoFile, tmp) {
  const pngs = ICO_SIZES.map((size) => {
    const file = path.join(tmp, `${path.basename(svgFile, '.svg')}-${size}.png`);
    render(svgFile, size, file);
    return file;
  });
  execFileSync('convert', [...pngs, icoFile]);
}

mkdirSync(path.join(BUILD, 'icons'), { recursive: true });
const icon = path.join(BUILD, 'icon.svg');
const bundle = path.join(BUILD, 'bundle.svg');
writeFileSync(icon, appSvg());
writeFileSync(bundle, bundleSvg());

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sfd-icons-'));
try {
  render(icon, 512, path.join(BUILD, 'icon.png'));
  for (const size of LINUX_SIZES) render(icon, size, path.join(BUILD, 'icons', `${size}x${size}.png`));
  packIco(icon, path.join(BUILD, 'icon.ico'), tmp);
  packIco(bundle, path.join(BUILD, 'bundle.ico'), tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(
  'wrote build/icon.svg, build/bundle.svg, build/icon.png, build/icons/*.png, build/icon.ico, build/bundle.ico',
);
