import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFilesFor } from '../../../electron/services/report/font-files';
import { withDecodedGlyphsKept } from '../../../electron/services/report/fonts';

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/** fontkit's glyph outline, beyond the minimal typings in vendor.d.ts */
interface Outlined {
  readonly path: { toSVG(): string; readonly commands: readonly unknown[] };
}

const file = fontFilesFor('sc').regular;
const TEXT = '智能制造能力成熟度 GB/T 39116-2020：二级（规范级）85%';

function subsetOf(font: fontkit.Font): Uint8Array {
  const subset = (font as unknown as { createSubset(): Subset }).createSubset();
  for (const glyph of font.layout(TEXT).glyphs) subset.includeGlyph(glyph.id);
  return subset.encode();
}

/**
 * The embedded font subset skips decoding simple glyphs' outlines (fonts.ts): the subset must be
 * the very bytes fontkit writes on its own, and the outlines must still be there for other uses.
 */
describe('font subsets without decoding simple glyphs', () => {
  it('writes the same subset as fontkit alone, twice in a row', () => {
    const plain = fontkit.create(readFileSync(file));
    const kept = withDecodedGlyphsKept(fontkit.create(readFileSync(file)));
    const expected = Buffer.from(subsetOf(plain));
    expect(Buffer.from(subsetOf(kept)).equals(expected)).toBe(true);
    expect(Buffer.from(subsetOf(kept)).equals(expected)).toBe(true);
  });

  it('still decodes the full outline outside a subset', () => {
    const plain = fontkit.create(readFileSync(file));
    const kept = withDecodedGlyphsKept(fontkit.create(readFileSync(file)));
    subsetOf(kept);
    const id = plain.glyphForCodePoint('智'.codePointAt(0)!).id;
    const outline = (font: fontkit.Font) => (font.getGlyph(id) as unknown as Outlined).path;
    expect(outline(kept).toSVG()).toBe(outline(plain).toSVG());
    expect(outline(kept).commands.length).toBeGreaterThan(20);
  });
});
