import { InputNumber, Space, Typography } from 'antd';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@engine/answer';
import { figureProblem } from '@engine/figures-check';
import type { ChoicesItem, FiguresItem, OwnedItem } from '@engine/model/schema';
import { useContentText, useLabel } from '../common/label';
import { choiceKey, optionsOf, sameAnswer } from './answer-keys';

interface Props {
  readonly item: OwnedItem;
  readonly value: AnswerValue | null;
  readonly disabled: boolean;
  onAnswer(value: AnswerValue): void;
  /** figures: Enter in the last field saves and moves on */
  onDone(): void;
  /** figures: values to start unanswered fields with (a fact held elsewhere), by field id */
  readonly defaults?: Readonly<Record<string, number>> | undefined;
}

/** The answer controls of one item: selectable cards, or number fields for counted figures. */
export function AnswerInput(props: Props) {
  const { item } = props;
  if (item.type === 'figures') return <FiguresInput {...props} item={item} />;
  if (item.type === 'choices') return <ChoiceCards {...props} item={item} />;
  return <OptionCards {...props} />;
}

function Card({
  role,
  checked,
  keyHint,
  disabled,
  onSelect,
  children,
}: {
  role: 'radio' | 'checkbox';
  checked: boolean;
  keyHint: string;
  disabled: boolean;
  onSelect(): void;
  children: ReactNode;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      e.preventDefault();
      if (!disabled) onSelect();
    }
  };
  return (
    <div
      role={role}
      aria-checked={checked}
      aria-disabled={disabled}
      tabIndex={disabled ? -1 : 0}
      className={`answer-card${checked ? ' is-checked' : ''}${disabled ? ' is-disabled' : ''}`}
      onClick={() => !disabled && onSelect()}
      onKeyDown={onKeyDown}
    >
      <kbd className="answer-key" aria-hidden>
        {keyHint}
      </kbd>
      <div className="answer-text">{children}</div>
    </div>
  );
}

function OptionCards({ item, value, disabled, onAnswer }: Props) {
  const { t } = useTranslation();
  const content = useContentText();
  const options = optionsOf(item);
  const text = (v: AnswerValue): ReactNode => {
    if (v.kind === 'level' && item.type === 'level') {
      if (v.level === 0)
        return (
          <LevelText
            title={t('walk.levelN', { level: 0 })}
            body={item.belowFirst ? content(item.belowFirst) : t('walk.belowFirst')}
          />
        );
      const d = item.levels.find((l) => l.level === v.level);
      return <LevelText title={t('walk.levelN', { level: v.level })} body={content(d?.text ?? '')} />;
    }
    if (v.kind === 'satisfaction') return <strong>{t(`walk.satisfaction.${v.value}`)}</strong>;
    if (v.kind === 'boolean') return <strong>{t(v.value ? 'walk.yes' : 'walk.no')}</strong>;
    return null;
  };
  return (
    <div role="radiogroup" aria-label={t('walk.answerGroup')} className="answer-cards">
      {options.map((o) => (
        <Card
          key={o.key}
          role="radio"
          keyHint={o.key}
          checked={sameAnswer(o.value, value)}
          disabled={disabled}
          onSelect={() => onAnswer(o.value)}
        >
          {text(o.value)}
        </Card>
      ))}
    </div>
  );
}

function LevelText({ title, body }: { title: string; body: string }) {
  return (
    <>
      <strong>{title}</strong>
      <span className="answer-body">{body}</span>
    </>
  );
}

function ChoiceCards({ item, value, disabled, onAnswer }: Props & { item: ChoicesItem }) {
  const { t } = useTranslation();
  const label = useLabel();
  const selected = value?.kind === 'choices' ? value.selected : [];
  const multi = item.select === 'multi';
  const pick = (id: string) => {
    if (!multi) return onAnswer({ kind: 'choices', selected: [id] });
    const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
    onAnswer({ kind: 'choices', selected: next });
  };
  return (
    <div
      role={multi ? 'group' : 'radiogroup'}
      aria-label={t(multi ? 'walk.choicesMulti' : 'walk.answerGroup')}
      className="answer-cards"
    >
      {multi ? <Typography.Text type="secondary">{t('walk.choicesMultiHint')}</Typography.Text> : null}
      {item.options.map((o, i) => (
        <Card
          key={o.id}
          role={multi ? 'checkbox' : 'radio'}
          keyHint={choiceKey(i) ?? '·'}
          checked={selected.includes(o.id)}
          disabled={disabled}
          onSelect={() => pick(o.id)}
        >
          <span>{label(o.label)}</span>
        </Card>
      ))}
      {multi ? (
        <Card
          role="checkbox"
          keyHint="0"
          checked={value?.kind === 'choices' && selected.length === 0}
          disabled={disabled}
          onSelect={() => onAnswer({ kind: 'choices', selected: [] })}
        >
          <span>{t('walk.noneOfThese')}</span>
        </Card>
      ) : null}
    </div>
  );
}

type Draft = Record<string, number | null>;

function complete(item: FiguresItem, d: Draft): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const f of item.fields) {
    const v = d[f.id];
    if (v === null || v === undefined) return undefined;
    out[f.id] = v;
  }
  return out;
}

function FiguresInput({ item, value, disabled, onAnswer, onDone, defaults }: Props & { item: FiguresItem }) {
  const { t } = useTranslation();
  const label = useLabel();
  const content = useContentText();
  const saved = value?.kind === 'figures' ? value.figures : {};
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(item.fields.map((f) => [f.id, saved[f.id] ?? defaults?.[f.id] ?? null])),
  );
  const draftFigures = complete(item, draft);
  const problem = draftFigures ? figureProblem(item, { kind: 'figures', figures: draftFigures }) : undefined;
  // an inconsistent pair is shown with its reason and never sent to the store
  const commit = (d: Draft) => {
    const figures = complete(item, d);
    if (!figures || figureProblem(item, { kind: 'figures', figures })) return false;
    if (JSON.stringify(figures) !== JSON.stringify(saved)) onAnswer({ kind: 'figures', figures });
    return true;
  };
  const num = saved[item.ratio.numerator];
  const den = saved[item.ratio.denominator];
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      {item.fields.map((f, i) => (
        <label key={f.id} className="figure-field">
          <span className="figure-label">{label(f.label)}</span>
          <InputNumber
            aria-label={label(f.label)}
            min={0}
            max={1e12}
            disabled={disabled}
            autoFocus={i === 0}
            value={draft[f.id] ?? null}
            addonAfter={f.unit ? content(f.unit) : undefined}
            style={{ width: 200 }}
            onChange={(v) => setDraft((d) => ({ ...d, [f.id]: typeof v === 'number' ? v : null }))}
            onBlur={() => commit(draft)}
            onPressEnter={() => {
              if (commit(draft) && i === item.fields.length - 1) onDone();
            }}
          />
        </label>
      ))}
      {problem ? (
        <Typography.Text type="danger" role="alert">
          {t('walk.figuresExceed', {
            part: label(problem.part.label),
            partValue: problem.part.value,
            whole: label(problem.whole.label),
            wholeValue: problem.whole.value,
            unit: content(problem.whole.unit),
          })}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary">
        {num !== undefined && den !== undefined && den > 0
          ? t('walk.ratio', { ratio: ((num / den) * 100).toFixed(1) })
          : t('walk.figuresHint')}
      </Typography.Text>
    </Space>
  );
}
