import { FlagFilled, FlagOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@engine/answer';
import type { Label } from '@engine/diagnosis/schema';
import { RESPONDENT_ROLES, type RespondentRole } from '@engine/model/roles';
import type { OwnedItem } from '@engine/model/schema';
import type { AnswerState, Sighted } from '@contract/records';
import { useContentText, useLabel } from '../common/label';
import { AnswerInput } from './AnswerInput';
import { EvidenceFiles } from './EvidenceFiles';
import { SaveBadge } from './SaveBadge';
import type { SaveStatus } from './store';
import { PrintWarning } from './PrintWarning';

export interface ItemViewProps {
  readonly assessmentId: string;
  readonly item: OwnedItem;
  readonly position: { index: number; total: number };
  readonly section: Label;
  readonly node: Label | undefined;
  readonly state: AnswerState;
  readonly save: SaveStatus | undefined;
  readonly readOnly: boolean;
  onAnswer(value: AnswerValue): void;
  /** every keystroke: the walkthrough shows it at once and saves it while typing */
  onNote(note: string): void;
  onFlag(): void;
  onRetry(): void;
  onPrev(): void;
  onNext(): void;
  /** who answers this item in an interview */
  readonly respondent?: RespondentRole | undefined;
  /** who gave the answer and whether its evidence was seen on site (saved with the answer) */
  onRespondent?(role: RespondentRole): void;
  onSighted?(sighted: Sighted): void;
  /** the enterprise profile answers this item: shown, not editable here */
  readonly fromProfile?: boolean;
  onEditProfile?(): void;
  /** figures: values to start unanswered fields with */
  readonly figureDefaults?: Readonly<Record<string, number>>;
}

/** One question at a time: what to ask, the answer cards, then note, evidence and review flag beside them. */
export function ItemView(p: ItemViewProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const content = useContentText();
  const { item, state } = p;
  const chosenLevel =
    state.value?.kind === 'level' && item.type === 'level'
      ? item.levels.find((l) => l.level === (state.value as { level: number }).level)
      : undefined;
  const hints = [...item.evidence, ...(chosenLevel?.evidence ?? [])];
  const isNa = state.value?.kind === 'na';
  const failed = p.save?.state === 'error';
  const touched = state.value !== null || state.note !== '' || state.flagged;
  return (
    <Card className="item-card" aria-labelledby="item-title">
      <Breadcrumb
        items={[
          { title: label(p.section) },
          ...(p.node && label(p.node) !== label(p.section) ? [{ title: label(p.node) }] : []),
        ]}
      />
      <Space align="baseline" wrap style={{ marginTop: 8 }}>
        <Typography.Title level={4} id="item-title" tabIndex={-1} style={{ margin: 0 }}>
          {label(item.label)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('walk.position', { index: p.position.index + 1, total: p.position.total })}
        </Typography.Text>
        {p.respondent ? (
          <Tag color="geekblue">
            {t('walk.roles.askWho', { name: t(`walk.roles.names.${p.respondent}`) })}
          </Tag>
        ) : null}
        {state.flagged ? <Tag color="orange">{t('walk.flagged')}</Tag> : null}
      </Space>
      {item.prompt ? (
        <Typography.Paragraph className="item-prompt">{content(item.prompt)}</Typography.Paragraph>
      ) : null}
      {item.type === 'satisfaction' ? (
        <Typography.Paragraph className="item-prompt">
          <Typography.Text strong>{t('walk.requirement')}</Typography.Text>
          {content(item.requirement)}
        </Typography.Paragraph>
      ) : null}
      {item.help ? <Typography.Paragraph type="secondary">{content(item.help)}</Typography.Paragraph> : null}

      <Row gutter={20}>
        <Col xs={24} lg={15}>
          <div
            className={
              [isNa ? 'answers-muted' : '', failed ? 'answers-unsaved' : ''].join(' ').trim() || undefined
            }
          >
            <AnswerInput
              key={item.id}
              item={item}
              value={state.value}
              disabled={p.readOnly || (p.fromProfile ?? false)}
              onAnswer={p.onAnswer}
              onDone={p.onNext}
              defaults={p.figureDefaults}
            />
          </div>
          {p.fromProfile ? (
            <Alert
              className="from-profile"
              type="info"
              showIcon
              style={{ marginTop: 8 }}
              title={t('walk.fromProfile')}
              description={t('walk.fromProfileHint')}
              action={
                p.onEditProfile ? (
                  <Button size="small" onClick={p.onEditProfile}>
                    {t('walk.editProfile')}
                  </Button>
                ) : undefined
              }
            />
          ) : null}
          {item.naAllowed ? (
            <Button
              style={{ marginTop: 8 }}
              type={isNa ? 'primary' : 'default'}
              aria-pressed={isNa}
              disabled={p.readOnly}
              onClick={() => p.onAnswer({ kind: 'na' })}
            >
              {t('walk.na')} <kbd className="inline-key">N</kbd>
            </Button>
          ) : null}
        </Col>
        <Col xs={24} lg={9} className="item-side">
          {hints.length > 0 ? (
            <section aria-label={t('walk.evidenceHints')}>
              <Typography.Text strong>{t('walk.evidenceHints')}</Typography.Text>
              <ul className="hint-list">
                {[...new Set(hints)].map((h) => (
                  <li key={h}>{content(h)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.fromProfile ? null : (
            <AnswerSource
              respondent={state.respondent ?? p.respondent ?? null}
              sighted={state.sighted}
              disabled={p.readOnly}
              onRespondent={p.onRespondent}
              onSighted={p.onSighted}
            />
          )}
          <NoteField note={state.note} disabled={p.readOnly} onType={p.onNote} />
          <Typography.Text strong>{t('walk.evidence.title')}</Typography.Text>
          <EvidenceFiles assessmentId={p.assessmentId} itemId={item.id} disabled={p.readOnly} />
        </Col>
      </Row>

      {failed ? (
        <div className="save-error">
          <SaveBadge status={p.save} onRetry={p.onRetry} />
        </div>
      ) : null}
      <div className="item-footer">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={p.onPrev} disabled={p.position.index === 0}>
            {t('walk.prev')}
          </Button>
          <Button type="primary" onClick={p.onNext}>
            {t(p.position.index === p.position.total - 1 ? 'walk.toReview' : 'walk.next')} <RightOutlined />
          </Button>
          <Button
            icon={state.flagged ? <FlagFilled /> : <FlagOutlined />}
            aria-pressed={state.flagged}
            disabled={p.readOnly}
            onClick={p.onFlag}
          >
            {t(state.flagged ? 'walk.unflag' : 'walk.flag')} <kbd className="inline-key">F</kbd>
          </Button>
        </Space>
        <div className="save-slot" aria-live="polite">
          {touched && !failed ? <SaveBadge status={p.save} onRetry={p.onRetry} /> : null}
        </div>
      </div>
    </Card>
  );
}

/** Who answered (the item's interview role unless changed) and whether the evidence was seen on site. */
function AnswerSource(p: {
  respondent: RespondentRole | null;
  sighted: Sighted;
  disabled: boolean;
  onRespondent: ((role: RespondentRole) => void) | undefined;
  onSighted: ((sighted: Sighted) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="answer-source">
      <label className="answer-source-row">
        <Typography.Text strong>{t('walk.answeredBy')}</Typography.Text>
        <Select<RespondentRole>
          size="small"
          aria-label={t('walk.answeredBy')}
          style={{ minWidth: 120 }}
          disabled={p.disabled || !p.onRespondent}
          value={p.respondent ?? undefined}
          onChange={(role) => p.onRespondent?.(role)}
          options={RESPONDENT_ROLES.map((r) => ({ value: r, label: t(`walk.roles.names.${r}`) }))}
        />
      </label>
      <div className="answer-source-row">
        <Typography.Text strong id="sighted-label">
          {t('walk.sighted.label')}
        </Typography.Text>
        <Segmented<Sighted>
          size="small"
          aria-labelledby="sighted-label"
          disabled={p.disabled || !p.onSighted}
          value={p.sighted}
          onChange={(v) => p.onSighted?.(v)}
          options={SIGHTED.map((v) => ({ value: v, label: t(`walk.sighted.${v}`) }))}
        />
      </div>
    </div>
  );
}

const SIGHTED: readonly Sighted[] = ['yes', 'no', 'unspecified'];

function NoteField({
  note,
  disabled,
  onType,
}: {
  note: string;
  disabled: boolean;
  onType(note: string): void;
}) {
  const { t } = useTranslation();
  return (
    <label className="note-field">
      <Typography.Text strong>{t('walk.note')}</Typography.Text>
      <Input.TextArea
        aria-label={t('walk.note')}
        value={note}
        disabled={disabled}
        maxLength={4000}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('walk.notePlaceholder')}
        onChange={(e) => onType(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
        }}
      />
      <PrintWarning text={note} />
    </label>
  );
}
