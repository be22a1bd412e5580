import { Card, Col, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { AppInfoCard } from './AppInfoCard';
import { BackupsCard } from './BackupsCard';
import { ConsultantForm } from './ConsultantForm';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card
          title={
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('pages.settings.title')}
            </Typography.Title>
          }
        >
          <Form layout="vertical">
            <Form.Item label={t('language.label')}>
              <LanguageSwitch />
            </Form.Item>
          </Form>
          <ConsultantForm />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('info.title')}>
          <AppInfoCard />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('settings.backups')}>
          <BackupsCard />
        </Card>
      </Col>
    </Row>
  );
}
