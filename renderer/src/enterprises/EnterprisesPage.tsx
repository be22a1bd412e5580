import { useNav } from '../app/nav';
import { EnterpriseDetail } from './EnterpriseDetail';
import { EnterpriseForm } from './EnterpriseForm';
import { EnterpriseList } from './EnterpriseList';

/** #/enterprises · #/enterprises/new · #/enterprises/<id> · #/enterprises/<id>/edit[/<field>] */
export function EnterprisesPage() {
  const parts = useNav((s) => s.parts);
  const [first, second] = parts;
  if (!first) return <EnterpriseList />;
  if (first === 'new') return <EnterpriseForm />;
  if (second === 'edit') return <EnterpriseForm id={first} />;
  return <EnterpriseDetail key={first} id={first} />;
}
