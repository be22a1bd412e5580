import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RespondentRole } from '@engine/model/roles';
import type { RoleProgress } from './by-role';
import { ProgressButton } from './ProgressButton';

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
          const name = t(`walk.roles.names.${p.role}`);
          return (
            <ProgressButton
              key={p.role}
              name={name}
              ariaLabel={t('walk.roles.progress', {
                name,
                open: p.open,
                total: p.total,
                minutes: p.minutesLeft,
              })}
              count={
                done ? t('walk.roles.done') : t('walk.roles.left', { open: p.open, minutes: p.minutesLeft })
              }
              percent={Math.round(((p.total - p.open) / p.total) * 100)}
              done={done}
              current={p.role === currentRole}
              onOpen={() => onOpen(p.role)}
            />
          );
        })}
      </ul>
    </nav>
  );
}
