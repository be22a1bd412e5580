import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../common/label';
import type { Section, SectionProgress } from './outline';
import { ProgressButton } from './ProgressButton';

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
              const name = label(s.label);
              // every question passed over: say so rather than a full bar over 0 / 0
              const none = p.relevant === 0 && p.passedOver > 0;
              return (
                <ProgressButton
                  key={s.id}
                  name={name}
                  ariaLabel={
                    none
                      ? t('walk.skip.sectionNone', { name, n: p.passedOver })
                      : t('walk.sectionProgress', { name, answered: p.answered, relevant: p.relevant })
                  }
                  count={none ? t('walk.skip.none') : `${p.answered}/${p.relevant}`}
                  percent={none ? 0 : p.relevant ? Math.round((p.answered / p.relevant) * 100) : 100}
                  done={p.relevant > 0 && p.answered === p.relevant}
                  current={s.id === currentSection}
                  onOpen={() => onOpen(s.id)}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
