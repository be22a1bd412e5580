import { EmptyPage } from './EmptyPage';

export function EnterprisesPage() {
  return <EmptyPage page="enterprises" />;
}
