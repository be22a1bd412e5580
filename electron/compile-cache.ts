/**
 * Imported first by every Node program (CLI, report worker, web shell): V8's on-disk compile cache
 * (Node ≥ 22.1) spares re-compiling pdfkit, fontkit and ECharts on every start, which is most of
 * a cold report's time. Best effort: an older runtime or a read-only temp folder just skips it.
 */
import * as nodeModule from 'node:module';

const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
try {
  enable?.();
} catch {
  // no cache: slower start, same result
}
