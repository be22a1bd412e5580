import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNav } from '../app/nav';
import { outcomeNotice, type ImportResult } from './bundle-file';

export interface Imported extends ImportResult {
  readonly fileName: string;
  /** undefined when the enterprise could not be read back (the import itself succeeded) */
  readonly enterpriseName: string | undefined;
}

/** What the import did, in words, and where to go next. */
export function ImportOutcomeView({
  imported,
  onAnother,
  onClose,
}: {
  imported: Imported;
  onAnother(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const notice = outcomeNotice(imported.outcome);
  const enterprise = imported.enterpriseName
    ? t(imported.enterpriseMatched ? 'bundle.enterpriseMatched' : 'bundle.enterpriseCreated', {
        name: imported.enterpriseName,
      })
    : undefined;
  const open = (...route: Parameters<typeof go>) => {
    onClose();
    go(...route);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type={notice.tone}
        showIcon
        role="status"
        title={t(notice.title)}
        description={
          <>
            <div>{t(notice.detail, { file: imported.fileName, revision: String(imported.revision) })}</div>
            {enterprise ? <div>{enterprise}</div> : null}
          </>
        }
      />
      <div className="dialog-actions">
        <Button onClick={onAnother}>{t('bundle.another')}</Button>
        <Button onClick={() => open('enterprises', imported.enterpriseId)}>
          {t('bundle.openEnterprise')}
        </Button>
        <Button type="primary" onClick={() => open('diagnosis', imported.assessmentId)}>
          {t('bundle.openAssessment')}
        </Button>
      </div>
    </Space>
  );
}
