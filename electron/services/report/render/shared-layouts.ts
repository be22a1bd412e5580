import type { Font } from 'fontkit';

/**
 * pdfkit 0.20's embedded font, as far as this module reaches into it (pinned version, see
 * package.json). `layoutCached` is what text() calls, several times per drawn fragment.
 */
interface EmbeddedFont {
  readonly font: Font;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

const MAX_ENTRIES = 20_000;
const runs = new Map<Font, Map<string, unknown>>();
const shared = new WeakSet<object>();

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  const f = value as Partial<EmbeddedFont> | undefined;
  return typeof f?.layoutRun === 'function' && typeof f.layoutCached === 'function' && f.font !== undefined;
}

/**
 * Gives the document's current font a layout cache shared by every report of the process. pdfkit
 * keeps one per document, so each report laid every line out with fontkit again. A run depends
 * only on the font and the text (positions are scaled by 1000 / unitsPerEm, a property of the
 * font) and pdfkit copies a position before changing it, so a cached run is safe to reuse.
 */
export function shareLayouts(doc: PDFKit.PDFDocument): void {
  const embedded: unknown = (doc as unknown as { _font?: unknown })._font;
  if (!isEmbeddedFont(embedded) || shared.has(embedded)) return;
  shared.add(embedded);
  let table = runs.get(embedded.font);
  if (!table) {
    table = new Map();
    runs.set(embedded.font, table);
  }
  const cache = table;
  embedded.layoutCached = (text: string) => {
    let run = cache.get(text);
    if (run === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      run = embedded.layoutRun(text);
      cache.set(text, run);
    }
    return run;
  };
}
