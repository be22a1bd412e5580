import { CheckCircleFilled } from '@ant-design/icons';
import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../common/label';
import type { Section, SectionProgress } from './outline';

interface Props {
  readonly sections: readonly Section[];
  readonly progress: ReadonlyMap<string, SectionProgress>;
  readonly currentSection: string | undefined;
  onOpen(sectionId: string): void;
}

/** Dimensions (and the companion packs' parts) with how much of each is answered. */
export function SectionList({ sections, progress, currentSection, onOpen }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const groups: Array<{ packId: string; title: string; sections: Section[] }> = [];
  for (const s of sections) {
    const last = groups[groups.length - 1];
    if (last?.packId === s.packId) last.sections.push(s);
    else groups.push({ packId: s.packId, title: label(s.packTitle), sections: [s] });
  }
  return (
    <nav aria-label={t('walk.sections')} className="section-list">
      {groups.map((g) => (
        <div key={g.packId} className="section-group">
          <Typography.Text type="secondary" className="section-group-title">
            {g.title}
          </Typography.Text>
          <ul>
            {g.sections.map((s) => {
              const p = progress.get(s.id) ?? { answered: 0, relevant: 0, passedOver: 0 };
              const done = p.relevant > 0 && p.answered === p.relevant;
              // every question passed over: say so rather than a full bar over 0 / 0
              const none = p.relevant === 0 && p.passedOver > 0;
              const current = s.id === currentSection;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`section-button${current ? ' is-current' : ''}`}
                    aria-current={current ? 'step' : undefined}
                    aria-label={
                      none
                        ? t('walk.skip.sectionNone', { name: label(s.label), n: p.passedOver })
                        : t('walk.sectionProgress', {
                            name: label(s.label),
                            answered: p.answered,
                            relevant: p.relevant,
                          })
                    }
                    onClick={() => onOpen(s.id)}
                  >
                    <span className="section-name">
                      {label(s.label)} {done ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
                    </span>
                    <span className="section-count">
                      {none ? t('walk.skip.none') : `${p.answered}/${p.relevant}`}
                    </span>
                    <Progress
                      percent={none ? 0 : p.relevant ? Math.round((p.answered / p.relevant) * 100) : 100}
                      showInfo={false}
                      size="small"
                      status={done ? 'success' : 'normal'}
                    />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
