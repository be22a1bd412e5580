import { EmptyPage } from './EmptyPage';

export function ReportPage() {
  return <EmptyPage page="report" />;
}
