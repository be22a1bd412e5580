import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseRecord } from '@contract/records';
import { RegionText } from './RegionText';

export function ProfileSummary({ record }: { record: EnterpriseRecord }) {
  const { t } = useTranslation();
  const p = record.profile;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} aria-label={t('enterprise.profileTitle')}>
      <Descriptions.Item label={t('enterprise.fields.creditCode')}>{p.creditCode}</Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.region')}>
        <RegionText city={p.region.city} district={p.region.district} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.industry')}>
        {p.industryCode} {t(`industries.${p.industryCode}`, { defaultValue: '' })}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.manufacturingType')}>
        {t(`manufacturingType.${p.manufacturingType}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.employees')}>{p.employees}</Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.revenueWan')}>{p.revenueWan}</Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.sizeClass')}>
        {t(`sizeClass.${record.sizeClass}`)}
        {p.sizeClassOverride ? `（${t('enterprise.overridden')}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprise.fields.qualifications')}>
        <Space wrap size={4}>
          {p.qualifications.length === 0
            ? t('enterprise.none')
            : p.qualifications.map((q) => <Tag key={q}>{t(`qualifications.${q}`)}</Tag>)}
          {p.dcmmLevel > 0 ? <Tag>{t('enterprise.dcmmLevel', { level: p.dcmmLevel })}</Tag> : null}
        </Space>
      </Descriptions.Item>
      {p.contact ? (
        <Descriptions.Item label={t('enterprise.fields.contact')}>{p.contact}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
