import { Button, Card, List, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@engine/answer';
import type { Label } from '@engine/diagnosis/schema';
import type { OwnedItem } from '@engine/model/schema';
import type { AnswerState } from '@contract/records';
import { useContentText, useLabel } from '../common/label';
import { optionsOf, sameAnswer } from './answer-keys';
import { AnswerInput } from './AnswerInput';
import { SaveBadge } from './SaveBadge';
import type { SaveStatus } from './store';

interface Props {
  readonly items: readonly OwnedItem[];
  readonly title: Label;
  readonly current: string;
  readonly answers: Readonly<Record<string, AnswerState>>;
  readonly saves: Readonly<Record<string, SaveStatus>>;
  readonly readOnly: boolean;
  /** items answered by the enterprise profile: shown, not editable here */
  readonly locked?: ReadonlySet<string>;
  /** questions that cannot change a result: item id → why, shown collapsed until opened */
  readonly skipped?: ReadonlyMap<string, string>;
  onOpenSkipped?(itemId: string): void;
  onSelect(itemId: string): void;
  onAnswer(itemId: string, value: AnswerValue): void;
  onNa(itemId: string): void;
  onRetry(itemId: string): void;
}

/** A whole section on one screen for consultants who already know the questions. */
export function CompactList(p: Props) {
  const label = useLabel();
  const content = useContentText();
  return (
    <Card title={label(p.title)} size="small">
      <List
        dataSource={[...p.items]}
        renderItem={(item) => {
          const reason = p.skipped?.get(item.id);
          if (reason !== undefined)
            return <SkippedRow item={item} reason={reason} onOpen={p.onOpenSkipped} />;
          const state = p.answers[item.id];
          const current = item.id === p.current;
          return (
            <List.Item
              className={current ? 'compact-row is-current' : 'compact-row'}
              onClick={() => p.onSelect(item.id)}
            >
              <div className="compact-label">
                <Typography.Text strong>{label(item.label)}</Typography.Text>
                {item.prompt ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {content(item.prompt)}
                  </Typography.Paragraph>
                ) : null}
              </div>
              <div className="compact-answer">
                <CompactAnswer
                  item={item}
                  value={state?.value ?? null}
                  {...p}
                  readOnly={p.readOnly || (p.locked?.has(item.id) ?? false)}
                />
                <div className="compact-save">
                  {state && (state.value !== null || state.note || state.flagged) ? (
                    <SaveBadge status={p.saves[item.id]} onRetry={() => p.onRetry(item.id)} />
                  ) : null}
                </div>
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

function SkippedRow({
  item,
  reason,
  onOpen,
}: {
  item: OwnedItem;
  reason: string;
  onOpen: ((itemId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <List.Item className="compact-row is-skipped">
      <div className="compact-label">
        <Typography.Text type="secondary">{label(item.label)}</Typography.Text>
        <Typography.Paragraph type="secondary" className="skip-reason" style={{ margin: 0 }}>
          {reason}
        </Typography.Paragraph>
      </div>
      {onOpen ? (
        <Button size="small" onClick={() => onOpen(item.id)}>
          {t('walk.skip.open')}
        </Button>
      ) : null}
    </List.Item>
  );
}

function CompactAnswer({
  item,
  value,
  readOnly,
  onAnswer,
  onNa,
}: Props & { item: OwnedItem; value: AnswerValue | null }) {
  const { t } = useTranslation();
  const label = useLabel();
  const content = useContentText();
  const options = optionsOf(item);
  const na = item.naAllowed ? (
    <Button
      size="small"
      type={value?.kind === 'na' ? 'primary' : 'default'}
      aria-pressed={value?.kind === 'na'}
      disabled={readOnly}
      onClick={() => onNa(item.id)}
    >
      {t('walk.na')}
    </Button>
  ) : null;
  if (options.length === 0)
    return (
      <Space direction="vertical">
        <AnswerInput
          item={item}
          value={value}
          disabled={readOnly}
          onAnswer={(v) => onAnswer(item.id, v)}
          onDone={() => undefined}
        />
        {na}
      </Space>
    );
  const text = (v: AnswerValue): string => {
    if (v.kind === 'level') return String(v.level);
    if (v.kind === 'satisfaction') return t(`walk.satisfaction.${v.value}`);
    if (v.kind === 'boolean') return t(v.value ? 'walk.yes' : 'walk.no');
    return '';
  };
  const title = (v: AnswerValue): string | undefined => {
    if (v.kind !== 'level' || item.type !== 'level') return undefined;
    return v.level === 0
      ? item.belowFirst
        ? content(item.belowFirst)
        : t('walk.belowFirst')
      : content(item.levels.find((l) => l.level === v.level)?.text ?? '');
  };
  const selected = options.find((o) => sameAnswer(o.value, value))?.key;
  return (
    <Space wrap>
      <Radio.Group
        aria-label={label(item.label)}
        optionType="button"
        size="small"
        disabled={readOnly}
        value={selected}
        onChange={(e) => {
          const o = options.find((x) => x.key === e.target.value);
          if (o) onAnswer(item.id, o.value);
        }}
        options={options.map((o) => ({
          value: o.key,
          label: <span title={title(o.value)}>{text(o.value)}</span>,
        }))}
      />
      {na}
    </Space>
  );
}
