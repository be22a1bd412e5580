import pkg from '../../package.json';

/** Name and version shown to users, in reports and in bundles. */
export const APP_NAME = pkg.productName;
export const APP_VERSION = pkg.version;
