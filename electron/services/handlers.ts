import type { Handlers } from '@contract/dispatch';
import { appHandlers } from './app/handlers';
import { assessmentHandlers } from './assessment/handlers';
import { backupHandlers } from './backup/handlers';
import { bundleHandlers } from './bundle/handlers';
import type { ServiceContext } from './context';
import { diagnosisHandlers } from './diagnosis/handlers';
import { enterpriseHandlers } from './enterprise/handlers';
import { evidenceHandlers } from './evidence/handlers';
import { launchHandlers } from './launch/handlers';
import { modelHandlers } from './model/handlers';
import { policyHandlers } from './policy/handlers';
import { portfolioHandlers } from './portfolio/handlers';
import { reportHandlers } from './report/handlers';
import { scenarioHandlers } from './scenario/handlers';
import { settingsHandlers } from './settings/handlers';
import { storeHandlers } from './store/handlers';

/** Binds every contract method to its service; `satisfies` makes a missing method a type error. */
export const handlers = {
  ...appHandlers,
  ...assessmentHandlers,
  ...backupHandlers,
  ...bundleHandlers,
  ...diagnosisHandlers,
  ...enterpriseHandlers,
  ...evidenceHandlers,
  ...launchHandlers,
  ...modelHandlers,
  ...policyHandlers,
  ...portfolioHandlers,
  ...reportHandlers,
  ...scenarioHandlers,
  ...settingsHandlers,
  ...storeHandlers,
} satisfies Handlers<ServiceContext>;
