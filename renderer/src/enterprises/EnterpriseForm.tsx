import { Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseRecord } from '@contract/records';
import { useApi } from '../api/ApiProvider';
import { useCall } from '../api/useCall';
import { ErrorNotice } from '../app/ErrorNotice';
import { useNav } from '../app/nav';
import { AutosaveNotice } from '../common/AutosaveNotice';
import { useFormAutosave } from '../common/useFormAutosave';
import { BasicsSection } from './BasicsSection';
import { EMPTY_PROFILE_FORM, formFromProfile, profileFromForm, type ProfileFormValues } from './profile-form';
import { QualificationsSection } from './QualificationsSection';
import { SizeSection } from './SizeSection';

/** Create (no id) or edit an enterprise profile; errors show while the consultant types. */
export function EnterpriseForm({ id }: { id?: string | undefined }) {
  const api = useApi();
  const existing = useCall(
    () => (id ? api['enterprise.get']({ id }) : Promise.resolve(undefined)),
    [api, id],
  );
  if (existing.error) return <ErrorNotice error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <Skeleton active />;
  return <ProfileForm key={id ?? 'new'} record={existing.data} />;
}

function ProfileForm({ record }: { record: EnterpriseRecord | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const go = useNav((s) => s.go);
  const [form] = Form.useForm<ProfileFormValues>();
  // a new enterprise is created by its first valid autosave; later saves update that record
  const savedId = useRef(record?.id);
  const autosave = useFormAutosave(form, async (values: ProfileFormValues) => {
    const id = savedId.current;
    const saved = await api['enterprise.save']({
      ...(id ? { id } : {}),
      profile: profileFromForm(values),
    });
    savedId.current = saved.id;
    return saved.updatedAt;
  });
  // "needs information" links from the results land here on the missing field
  const focus = useNav((s) => s.parts[2]);
  useEffect(() => {
    if (!focus) return;
    const timer = setTimeout(() => {
      form.scrollToField(focus, { block: 'center' });
      form.focusField(focus);
    }, 50);
    return () => clearTimeout(timer);
  }, [focus, form]);

  const leave = () => (savedId.current ? go('enterprises', savedId.current) : go('enterprises'));
  const finish = async () => {
    if (await autosave.flush()) leave();
  };

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {record ? t('enterprise.editTitle', { name: record.profile.name }) : t('enterprise.createTitle')}
        </Typography.Title>
      }
    >
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={record ? formFromProfile(record.profile) : EMPTY_PROFILE_FORM}
        onFinish={() => void finish()}
        onValuesChange={(changed: Partial<ProfileFormValues>) => {
          if ('city' in changed) form.setFieldValue('district', undefined);
          autosave.changed();
        }}
        scrollToFirstError
        aria-label={t('enterprise.formLabel')}
      >
        <BasicsSection />
        <SizeSection />
        <QualificationsSection />

        <Space align="start" wrap>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
          <Button onClick={leave}>{t('common.back')}</Button>
          <AutosaveNotice status={autosave.status} onRetry={autosave.retry} />
        </Space>
      </Form>
    </Card>
  );
}
