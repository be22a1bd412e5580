import { Card, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CERTIFICATION_IDS, type CertificationId } from '@engine/funding';
import { triStateOptions } from '../common/choice-options';

/** Each recognition: none, planned or held, its year and whether it is the first; the profile's are shown as held. */
export function CertificationsSection({ profileHeld }: { profileHeld: readonly CertificationId[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('funding.certs.title')}>
      <Table<CertificationId>
        size="small"
        pagination={false}
        rowKey={(id) => id}
        dataSource={[...CERTIFICATION_IDS]}
        aria-label={t('funding.certs.title')}
        columns={[
          { title: t('funding.certs.name'), render: (_: unknown, id) => t(`funding.certNames.${id}`) },
          {
            title: t('funding.certs.status'),
            width: 150,
            render: (_: unknown, id) =>
              profileHeld.includes(id) ? (
                <Tag color="blue" className="from-profile">
                  {t('funding.certs.fromProfile')}
                </Tag>
              ) : (
                <Form.Item name={['certifications', id, 'status']} noStyle>
                  <Select
                    aria-label={t('funding.certs.statusOf', { name: t(`funding.certNames.${id}`) })}
                    style={{ width: 130 }}
                    options={(['none', 'planned', 'held'] as const).map((s) => ({
                      value: s,
                      label: t(`funding.certs.${s}`),
                    }))}
                  />
                </Form.Item>
              ),
          },
          {
            title: t('funding.certs.year'),
            width: 110,
            render: (_: unknown, id) => (
              <Form.Item
                name={['certifications', id, 'year']}
                style={{ margin: 0 }}
                rules={[{ type: 'number', min: 2000, max: 2035, message: t('funding.rules.certYearRange') }]}
              >
                <InputNumber
                  aria-label={t('funding.certs.yearOf', { name: t(`funding.certNames.${id}`) })}
                  precision={0}
                  style={{ width: 96 }}
                />
              </Form.Item>
            ),
          },
          {
            title: t('funding.certs.firstTime'),
            width: 130,
            render: (_: unknown, id) => (
              <Form.Item name={['certifications', id, 'firstTime']} noStyle>
                <Select
                  aria-label={t('funding.certs.firstTimeOf', { name: t(`funding.certNames.${id}`) })}
                  style={{ width: 110 }}
                  options={triStateOptions(t, ['unknown', 'yes', 'no'])}
                />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
