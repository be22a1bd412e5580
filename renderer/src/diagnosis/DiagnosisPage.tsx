import { useNav } from '../app/nav';
import { DiagnosisHome } from './DiagnosisHome';
import { Workspace } from './Workspace';

/** #/diagnosis → the assessments in progress; #/diagnosis/<id>[/<tab>] → that assessment. */
export function DiagnosisPage() {
  const parts = useNav((s) => s.parts);
  const [assessmentId, tab] = parts;
  return assessmentId ? (
    <Workspace key={assessmentId} assessmentId={assessmentId} tabPart={tab} />
  ) : (
    <DiagnosisHome />
  );
}
