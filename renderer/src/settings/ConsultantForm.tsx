import { Alert, Button, Form, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/client';
import type { Settings } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { asApiError, useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';

type Values = Pick<Settings, 'consultantName' | 'organisation'>;

/** The consultant and organisation printed on reports and recorded with every answer. */
export function ConsultantForm() {
  const { t } = useTranslation();
  const api = useApi();
  const current = useCall(() => api['settings.get']({}), [api]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (current.error) return <ErrorNotice error={current.error} onRetry={current.reload} />;
  if (!current.data) return <Skeleton active />;
  const save = async (values: Values) => {
    setSaving(true);
    setSaved(false);
    setError(undefined);
    try {
      await api['settings.set'](values);
      setSaved(true);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setSaving(false);
    }
  };
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
      {error ? (
        <Alert type="error" role="alert" showIcon title={error.message} style={{ marginBottom: 12 }} />
      ) : null}
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
