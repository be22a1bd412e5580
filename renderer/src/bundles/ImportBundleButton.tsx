import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportDialog } from './import-dialog';

/** Opens the import dialog for an assessment bundle exported on another PC. */
export function ImportBundleButton() {
  const { t } = useTranslation();
  const show = useImportDialog((s) => s.show);
  return (
    <Button icon={<ImportOutlined aria-hidden />} onClick={() => show()}>
      {t('bundle.import')}
    </Button>
  );
}
