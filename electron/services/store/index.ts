export { openStore, DB_FILE, type Store, type StoreOptions } from './store';
export { MIGRATIONS, type Migration } from './migrations';
export { AssessmentDocumentSchema, type AssessmentDocument } from './document';
