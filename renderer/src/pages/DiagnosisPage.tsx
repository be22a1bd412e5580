import { EmptyPage } from './EmptyPage';

export function DiagnosisPage() {
  return <EmptyPage page="diagnosis" />;
}
