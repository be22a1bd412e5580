// `npm run models:check`: validates the bundled assessment models and policy/scenario catalogs,
// prints their counts, and exits non-zero when anything is invalid. Each check is one call below.
import { runCatalogCheck } from './services/catalog/check-policies';
import { runModelCheck } from './services/catalog/check-models';

const checks: Array<() => boolean> = [() => runModelCheck(), () => runCatalogCheck()];

let ok = true;
for (const check of checks) ok = check() && ok;
process.exitCode = ok ? 0 : 1;
