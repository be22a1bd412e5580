export { exportBundle, exportBundleFile, bundleFileName } from './export';
export { importBundle, importBundleFile, parseBundle, type ImportOptions, type ImportResult } from './import';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_EXTENSION,
  DEFAULT_LIMITS,
  bundleLimitsFor,
  bundleJsonSchema,
  type BundleLimits,
} from './format';
