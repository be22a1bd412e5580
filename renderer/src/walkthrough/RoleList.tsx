import { CheckCircleFilled } from '@ant-design/icons';
import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RespondentRole } from '@engine/model/roles';
import type { RoleProgress } from './by-role';

interface Props {
  readonly progress: readonly RoleProgress[];
  readonly currentRole: RespondentRole | undefined;
  onOpen(role: RespondentRole): void;
}

/** The people to interview, each with the questions left and the expected time for them. */
export function RoleList({ progress, currentRole, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('walk.roles.title')} className="section-list">
      <Typography.Text type="secondary" className="section-group-title">
        {t('walk.roles.title')}
      </Typography.Text>
      <ul>
        {progress.map((p) => {
          const done = p.open === 0;
          const current = p.role === currentRole;
          const name = t(`walk.roles.names.${p.role}`);
          return (
            <li key={p.role}>
              <button
                type="button"
                className={`section-button${current ? ' is-current' : ''}`}
                aria-current={current ? 'step' : undefined}
                aria-label={t('walk.roles.progress', {
                  name,
                  open: p.open,
                  total: p.total,
                  minutes: p.minutesLeft,
                })}
                onClick={() => onOpen(p.role)}
              >
                <span className="section-name">
                  {name} {done ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
                </span>
                <span className="section-count">
                  {done
                    ? t('walk.roles.done')
                    : t('walk.roles.left', { open: p.open, minutes: p.minutesLeft })}
                </span>
                <Progress
                  percent={Math.round(((p.total - p.open) / p.total) * 100)}
                  showInfo={false}
                  size="small"
                  status={done ? 'success' : 'normal'}
                />
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
