import {
  BarChartOutlined,
  BankOutlined,
  FileTextOutlined,
  SettingOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { App as AntdApp, ConfigProvider, Layout, Menu, Space, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { ImportBundleDialog } from '../bundles/ImportBundleDialog';
import { usePendingOpen } from '../bundles/usePendingOpen';
import { EnterprisesPage } from '../enterprises/EnterprisesPage';
import { PortfolioPage } from '../portfolio/PortfolioPage';
import { ReportPage } from '../report/ReportPage';
import { SettingsPage } from '../settings/SettingsPage';
import { DiagnosisPage } from '../diagnosis/DiagnosisPage';
import { PAGES, useNav, type Page } from './nav';
import { RecoveryBanner } from './RecoveryBanner';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS, 'zh-TW': zhTW } as const;
const ICONS: Record<Page, React.ReactNode> = {
  enterprises: <BankOutlined />,
  portfolio: <TableOutlined />,
  diagnosis: <BarChartOutlined />,
  report: <FileTextOutlined />,
  settings: <SettingOutlined />,
};
const SCREENS: Record<Page, () => React.ReactNode> = {
  enterprises: EnterprisesPage,
  portfolio: PortfolioPage,
  diagnosis: DiagnosisPage,
  report: ReportPage,
  settings: SettingsPage,
};

export function App() {
  const { t, i18n } = useTranslation();
  const page = useNav((s) => s.page);
  const go = useNav((s) => s.go);
  const Screen = SCREENS[page];
  const locale = ANTD_LOCALES[isLanguage(i18n.language) ? i18n.language : 'zh-CN'];
  usePendingOpen();
  return (
    <ConfigProvider
      locale={locale}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 4 } }}
    >
      <AntdApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider width={184} theme="light" breakpoint="lg" collapsedWidth={56}>
            <div className="brand">{t('app.title')}</div>
            <nav aria-label={t('nav.main')}>
              <Menu
                mode="inline"
                selectedKeys={[page]}
                onClick={({ key }) => go(key as Page)}
                items={PAGES.map((key) => ({ key, icon: ICONS[key], label: t(`nav.${key}`) }))}
              />
            </nav>
          </Layout.Sider>
          <Layout>
            <Layout.Header className="app-header">
              <Typography.Text type="secondary">{t('common.offline')}</Typography.Text>
              <Space>
                <LanguageSwitch />
              </Space>
            </Layout.Header>
            <Layout.Content className="app-content">
              <RecoveryBanner />
              <Screen />
            </Layout.Content>
          </Layout>
        </Layout>
        <ImportBundleDialog />
      </AntdApp>
    </ConfigProvider>
  );
}
