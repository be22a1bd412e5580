import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelUpgradeNote } from '@contract/records';
import { useContentText } from '../common/label';

/** What a questionnaire upgrade did to the earlier answers, named by the questions as they were asked. */
export function UpgradeNotice({ notes }: { notes: readonly ModelUpgradeNote[] }) {
  const { t } = useTranslation();
  const content = useContentText();
  const shown = notes.filter((n) => n.changes.length > 0);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((n) => (
        <Alert
          key={`${n.fromVersion}-${n.at}`}
          type="info"
          showIcon
          className="upgrade-notice"
          style={{ marginBottom: 12 }}
          title={t('results.upgradeTitle', { from: n.fromVersion, to: n.toVersion })}
          description={
            <ul className="plain-list">
              {n.changes.map((c) => (
                <li key={c.itemId}>
                  {c.outcome === 'dropped'
                    ? t('results.upgradeDropped', {
                        question: content(c.question),
                        reason: content(c.reason ?? ''),
                      })
                    : t('results.upgradeMoved', { question: content(c.question) })}
                </li>
              ))}
            </ul>
          }
        />
      ))}
    </>
  );
}
