// An esbuild plugin for the Node programs' builds, which otherwise keep every npm package external:
// ECharts (and zrender, tslib under it) is bundled instead, tree-shaken to what the code imports
// from echarts/core. Required at run time, echarts/core is hundreds of ES module files, and the
// full CommonJS build (dist/echarts.js, 3.8 MB) costs a cold report worker ~100 ms to load.
import { createRequire } from 'node:module';
import path from 'node:path';

const BUNDLED = /^(echarts|zrender|tslib)(\/|$)/;

export function bundledPackages() {
  return {
    name: 'bundled-packages',
    setup(build) {
      build.onResolve({ filter: BUNDLED }, (args) => ({
        path: createRequire(path.join(args.resolveDir, 'index.js')).resolve(args.path),
      }));
    },
  };
}
