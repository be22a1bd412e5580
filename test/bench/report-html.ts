/**
 * The Chromium baseline of the report bench: the same report model as HTML + print CSS, the
 * same ECharts SVG inline, the same TTF fonts through @font-face. Bench-only code: what a team
 * would otherwise write to print the report from the renderer with printToPDF.
 */
import { pathToFileURL } from 'node:url';
import type { FontFiles } from '../../electron/services/report/font-files';
import type { Block, ReportModel, ReportTable } from '../../electron/services/report/model/schema';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

function table(t: ReportTable): string {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const head = t.columns
    .map(
      (c) =>
        `<th style="width:${((c.width / total) * 100).toFixed(1)}%;text-align:${c.align}">${esc(c.title)}</th>`,
    )
    .join('');
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td style="text-align:${t.columns[i]?.align ?? 'left'}">${esc(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p class="${b.tone}">${esc(b.text)}</p>`;
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b.table);
    case 'facts':
      return `<dl>${b.items.map((i) => `<dt>${esc(i.label)}</dt><dd>${esc(i.value)}</dd>`).join('')}</dl>`;
    case 'signatures':
      return `<div class="sig">${b.parties.map((p) => `<div><h4>${esc(p.role)}</h4>${p.lines.map((l) => `<p>${esc(l)}</p>`).join('')}<p class="seal">${esc(p.seal)}</p></div>`).join('')}</div>`;
  }
}

export function reportHtml(model: ReportModel, chartSvg: string, fonts: FontFiles): string {
  const footer = model.labels.pageFooter
    .replace('{n}', '" counter(page) "')
    .replace('{total}', '" counter(pages) "');
  const toc = [
    model.summary.title,
    ...model.sections.flatMap((s) => [s.title, ...s.subsections.map((x) => `\u3000${x.title}`)]),
  ];
  const sections = model.sections
    .map(
      (s) =>
        `<section class="${s.newPage ? 'break' : ''}"><h1>${esc(s.title)}</h1>${s.blocks.map(block).join('')}${s.subsections
          .map(
            (sub) =>
              `<h2>${esc(sub.title)}<span>${esc(sub.badge ?? '')}</span></h2>${sub.blocks.map(block).join('')}`,
          )
          .join('')}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><title>${esc(model.meta.title)}</title><style>
@font-face { font-family: R; src: url(${pathToFileURL(fonts.regular).href}); font-weight: 400; }
@font-face { font-family: R; src: url(${pathToFileURL(fonts.bold).href}); font-weight: 700; }
@page { size: A4; margin: 70pt 62pt 66pt; @top-left { content: "${esc(model.labels.header)}"; font: 8pt R; color: #5c6670; }
  @bottom-center { content: "${footer}"; font: 9pt R; color: #5c6670; } }
@page cover { @top-left { content: none; } @bottom-center { content: none; } }
body { font: 10.5pt/1.65 R; color: #1a1a1a; text-align: justify; margin: 0; }
.cover { page: cover; text-align: center; padding-top: 80pt; } .cover h1 { font-size: 28pt; color: #1f4e79; border: 0; }
.break { break-before: page; } h1 { font-size: 16pt; color: #1f4e79; border-bottom: 1.2pt solid #1f4e79; }
h2 { font-size: 12.5pt; border-bottom: .5pt solid #c5ccd3; } h2 span { float: right; font-weight: 400; color: #1f4e79; font-size: 10.5pt; }
h3 { font-size: 10.5pt; border-left: 3pt solid #1f4e79; padding-left: 6pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; line-height: 1.45; margin-bottom: 10pt; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #e9eef4; } th, td { border: .5pt solid #c5ccd3; padding: 3.5pt 4pt; vertical-align: top; text-align: left; }
dl { display: grid; grid-template-columns: 30% 70%; } dt { color: #5c6670; } dt, dd { margin: 0; border-bottom: .5pt solid #c5ccd3; padding: 3pt 0; }
.notice { background: #f4f6f9; border-left: 3pt solid #1f4e79; padding: 8pt; } .muted { color: #5c6670; }
.sig { display: flex; gap: 16pt; } .sig > div { flex: 1; border: .8pt solid #8c99a6; height: 230pt; padding: 0 10pt; }
.toc p { margin: 0; } * { print-color-adjust: exact; }
</style></head><body>
<div class="cover"><h1>${esc(model.cover.title)}</h1><p>${esc(model.cover.subtitle)}</p><h2>${esc(model.cover.enterpriseName)}</h2>
<dl>${model.cover.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl><p class="muted">${esc(model.cover.notice)}</p></div>
<section class="break toc"><h1>${esc(model.labels.toc)}</h1>${toc.map((t) => `<p>${esc(t)}</p>`).join('')}</section>
<section class="break"><h1>${esc(model.summary.title)}</h1><dl>${model.summary.headline.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>
<p class="notice">${esc(model.summary.statement)}</p><div style="width:290pt;height:250pt">${chartSvg}</div><p class="muted">${esc(model.labels.radarCaption)}</p>
${model.summary.blocks.map(block).join('')}</section>${sections}</body></html>`;
}
