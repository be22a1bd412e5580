import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../electron/services/report/model/build';
import { inProcessRenderer } from '../../../electron/services/report/renderer';
import { sampleInput } from './support';

/**
 * Text layouts and decoded glyph outlines are kept across the reports of a process: a later
 * report, after others in other languages and fonts, must be the very same file as the first.
 */
describe('report caches shared by the reports of a process', () => {
  it('draws the same PDF, byte for byte, as the first report of the process', async () => {
    const renderer = inProcessRenderer();
    const zh = buildReportModel(sampleInput('zh-CN'));
    const first = await renderer.render(zh);
    await renderer.render(buildReportModel(sampleInput('zh-TW')));
    await renderer.render(buildReportModel(sampleInput('en')));
    const later = await renderer.render(zh);
    expect(later.pages).toBe(first.pages);
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  }, 180_000);
});
