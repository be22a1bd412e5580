import { Button, Form, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useAction } from '../api/useAction';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';

type Values = Pick<Settings, 'consultantName' | 'organisation'>;

/** The consultant and organisation printed on reports and recorded with every answer. */
export function ConsultantForm() {
  const { t } = useTranslation();
  const api = useApi();
  const current = useCall(() => api['settings.get']({}), [api]);
  const [saved, setSaved] = useState(false);
  const {
    run: save,
    busy: saving,
    error,
  } = useAction(async (values: Values) => {
    setSaved(false);
    await api['settings.set'](values);
    setSaved(true);
  });
  if (current.error) return <ErrorNotice error={current.error} onRetry={current.reload} />;
  if (!current.data) return <Skeleton active />;
  return (
    <Form<Values>
      layout="vertical"
      style={{ maxWidth: 520 }}
      initialValues={{ consultantName: current.data.consultantName, organisation: current.data.organisation }}
      onFinish={(v) => void save(v)}
      onValuesChange={() => setSaved(false)}
    >
      <Form.Item name="consultantName" label={t('settings.consultantName')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="organisation" label={t('settings.organisation')}>
        <Input maxLength={120} />
      </Form.Item>
      {error ? <ErrorNotice error={error} style={{ marginBottom: 12 }} /> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
        {saved ? (
          <Typography.Text type="success" role="status">
            {t('walk.save.saved')}
          </Typography.Text>
        ) : null}
      </Space>
    </Form>
  );
}
