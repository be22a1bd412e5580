import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Progress, Segmented, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AnswerValue } from '@engine/answer';
import type { EnterpriseProfile } from '@engine/enterprise';
import { sharedFigureDefaults } from '@engine/figures-check';
import { askedBy, interviewPlan, progressOf } from '@engine/interview-progress';
import { profileAnswer, profileFigureDefaults } from '@engine/profile-answers';
import { useOnLeave } from '../common/useOnLeave';
import { useNav } from '../app/nav';
import { answerForKey } from './answer-keys';
import { byRole, roleProgress, type WalkOrder } from './by-role';
import { RoleList } from './RoleList';
import { CompactList } from './CompactList';
import { ItemView } from './ItemView';
import { useShortcuts } from './keyboard';
import { askedSequence, sectionProgress, type SectionProgress } from './outline';
import { SectionList } from './SectionList';
import { ShortcutHelp } from './ShortcutHelp';
import { answerMap, useWalk, type ViewMode } from './store';
import type { LoadedQuestionnaire } from './useQuestionnaire';
import { useSkipReason } from './skip-reason';

interface Props {
  readonly assessmentId: string;
  readonly profile: EnterpriseProfile;
  readonly loaded: LoadedQuestionnaire;
  readonly readOnly: boolean;
  /** opens the enterprise profile form (where profile-held answers are changed) */
  onEditProfile(): void;
}

const BLANK = { value: null, note: '', flagged: false, respondent: null, sighted: 'unspecified' } as const;

/** The questionnaire: side list of dimensions, one item (or a compact list) at a time, keyboard first. */
export function Walkthrough({ assessmentId, profile, loaded, readOnly, onEditProfile }: Props) {
  const { t } = useTranslation();
  const { questionnaire: q, outline, roles } = loaded;
  const [order, setOrder] = useState<WalkOrder>('section');
  const { answers, saves, current, view, opened, setCurrent, setView, write, typeNote, flush, retry } =
    useWalk(
      useShallow((s) => ({
        answers: s.answers,
        saves: s.saves,
        current: s.current,
        view: s.view,
        opened: s.opened,
        setCurrent: s.setCurrent,
        setView: s.setView,
        write: s.write,
        typeNote: s.typeNote,
        flush: s.flush,
        retry: s.retry,
      })),
    );
  const [help, setHelp] = useState(false);
  useOnLeave((leaving) => void flush(leaving));
  // a key that did nothing says why (read out by screen readers through role=status)
  const [notice, setNotice] = useState<{ itemId: string; text: string }>();
  const go = useNav((s) => s.go);

  const map = useMemo(() => answerMap(answers), [answers]);
  const plan = useMemo(() => interviewPlan(q, map, profile), [q, map, profile]);
  const relevant = plan.relevant;
  // questions that cannot change a result are passed over unless the consultant opens one
  const openSkipped = useWalk((s) => s.openSkipped);
  const skipReason = useSkipReason(q);
  const sequence = useMemo(() => {
    const asked = askedSequence(outline, plan, opened);
    return order === 'role' ? byRole(asked, roles) : asked;
  }, [outline, plan, opened, order, roles]);
  const isAnswered = (id: string) => (answers[id]?.value ?? null) !== null;
  const firstOpen = sequence.find((id) => !isAnswered(id)) ?? sequence[0];
  const currentId = current && sequence.includes(current) ? current : firstOpen;
  const index = currentId ? sequence.indexOf(currentId) : -1;
  const item = currentId ? q.items.get(currentId) : undefined;
  const sectionId = currentId ? outline.sectionOf.get(currentId) : undefined;
  const section = outline.sections.find((s) => s.id === sectionId);

  useEffect(() => {
    if (currentId && currentId !== current) setCurrent(currentId);
  }, [currentId, current, setCurrent]);

  useEffect(() => {
    if (view !== 'single' || !item || item.type === 'figures') return;
    document.getElementById('item-title')?.focus({ preventScroll: true });
  }, [view, item]);

  const progress = useMemo(() => {
    const m = new Map<string, SectionProgress>();
    for (const s of outline.sections)
      m.set(
        s.id,
        sectionProgress(
          s,
          askedBy(plan, opened),
          (id) => (answers[id]?.value ?? null) !== null,
          (id) => relevant.has(id) && plan.skipped.has(id),
        ),
      );
    return m;
  }, [outline, relevant, plan, answers, opened]);
  // 第 n / N 题 and 总进度 count the same questions: those asked, opened ones included
  const overall = progressOf(plan, map, opened);
  const skippedHere = section?.items.filter((id) => relevant.has(id) && plan.skipped.has(id)) ?? [];
  const people = useMemo(
    () =>
      roleProgress(
        sequence,
        roles,
        (id) => q.items.get(id),
        (id) => (answers[id]?.value ?? null) !== null,
      ),
    [sequence, roles, q, answers],
  );
  const openRole = (role: string) => {
    const mine = sequence.filter((id) => roles[id] === role);
    const target = mine.find((id) => !isAnswered(id)) ?? mine[0];
    if (target) setCurrent(target);
  };

  const fromProfile = currentId !== undefined && profileAnswer(currentId, profile) !== undefined;
  const figureDefaults = currentId
    ? {
        ...profileFigureDefaults(currentId, profile),
        ...sharedFigureDefaults(currentId, (id) => answers[id]?.value),
      }
    : undefined;

  const goTo = (i: number) => {
    if (i >= sequence.length) return void go('diagnosis', assessmentId, 'review');
    const id = sequence[Math.max(0, Math.min(sequence.length - 1, i))];
    if (id) setCurrent(id);
  };
  const openSection = (id: string, step = 0) => {
    const s = outline.sections.find((x) => x.id === id);
    const asked = s?.items.filter((x) => sequence.includes(x)) ?? [];
    const target = step === 0 ? (asked.find((x) => !isAnswered(x)) ?? asked[0]) : asked[0];
    if (target) return void setCurrent(target);
    // a section whose every question needs no answer: choosing it opens its first one
    const skippedOnly = s?.items.find((x) => relevant.has(x) && plan.skipped.has(x));
    if (skippedOnly) openSkipped(skippedOnly);
  };
  const moveSection = (delta: number) => {
    const i = outline.sections.findIndex((s) => s.id === sectionId);
    for (let j = i + delta; j >= 0 && j < outline.sections.length; j += delta) {
      const s = outline.sections[j]!;
      if (s.items.some((x) => sequence.includes(x))) return openSection(s.id, 1);
    }
  };
  // an answer records who gave it: the item's interview role unless the consultant changed it
  const respondentOf = (id: string) => answers[id]?.respondent ?? roles[id] ?? null;
  const answer = (id: string, value: AnswerValue) => void write(id, { value, respondent: respondentOf(id) });
  const toggleNa = (id: string) =>
    void write(id, {
      value: answers[id]?.value?.kind === 'na' ? null : { kind: 'na' },
      respondent: respondentOf(id),
    });
  const toggleFlag = (id: string) => void write(id, { flagged: !(answers[id]?.flagged ?? false) });

  useShortcuts((key) => {
    if (key === '?') return (setHelp((h) => !h), true);
    if (key === 'ArrowRight' || key === 'Enter') return (goTo(index + 1), true);
    if (key === 'ArrowLeft') return (goTo(index - 1), true);
    if (key === 'PageDown') return (moveSection(1), true);
    if (key === 'PageUp') return (moveSection(-1), true);
    if (!item || !currentId || readOnly) return false;
    if (fromProfile && (key === 'n' || key === 'N' || answerForKey(item, key, null))) {
      return (setNotice({ itemId: currentId, text: t('walk.fromProfileKey') }), true);
    }
    if (key === 'n' || key === 'N') {
      if (item.naAllowed) toggleNa(currentId);
      else setNotice({ itemId: currentId, text: t('walk.naNotAllowed') });
      return true;
    }
    if (key === 'f' || key === 'F') return (toggleFlag(currentId), true);
    const value = answerForKey(item, key, answers[currentId]?.value ?? null);
    if (!value) return false;
    answer(currentId, value);
    return true;
  }, !help);

  return (
    <div className="walk">
      <aside className="walk-aside">
        <Segmented<WalkOrder>
          block
          size="small"
          aria-label={t('walk.order.label')}
          value={order}
          onChange={setOrder}
          options={[
            { value: 'section', label: t('walk.order.section') },
            { value: 'role', label: t('walk.order.role') },
          ]}
          style={{ marginBottom: 8 }}
        />
        {order === 'role' ? (
          <RoleList
            progress={people}
            currentRole={currentId ? roles[currentId] : undefined}
            onOpen={openRole}
          />
        ) : (
          <SectionList
            sections={outline.sections}
            progress={progress}
            currentSection={sectionId}
            onOpen={openSection}
          />
        )}
      </aside>
      <div className="walk-main">
        <div className="walk-toolbar">
          <div className="walk-progress">
            <Typography.Text>
              {t('walk.overall', { answered: overall.answered, relevant: overall.asked })}
            </Typography.Text>
            <Progress
              aria-label={t('walk.overallLabel')}
              percent={overall.asked ? Math.round((overall.answered / overall.asked) * 100) : 0}
              size="small"
            />
          </div>
          <Space>
            <Segmented<ViewMode>
              aria-label={t('walk.viewMode')}
              value={view}
              onChange={(v) => setView(v)}
              options={[
                { value: 'single', label: t('walk.viewSingle') },
                { value: 'list', label: t('walk.viewList') },
              ]}
            />
            <Button icon={<QuestionCircleOutlined />} onClick={() => setHelp(true)}>
              {t('walk.keys.button')}
            </Button>
          </Space>
        </div>
        <Typography.Text type="secondary" className="walk-keyline">
          {t('walk.keyline')}
        </Typography.Text>
        {view === 'single' && skippedHere.some((id) => !opened.has(id)) ? (
          <Typography.Text type="secondary" className="walk-skipped-note">
            {t('walk.skip.inSection', { n: skippedHere.filter((id) => !opened.has(id)).length })}
          </Typography.Text>
        ) : null}
        <div role="status" className="walk-notice">
          {notice && notice.itemId === currentId ? (
            <Typography.Text type="warning">{notice.text}</Typography.Text>
          ) : null}
        </div>
        {!item || !currentId || !section ? (
          <Typography.Paragraph>{t('walk.nothingToAsk')}</Typography.Paragraph>
        ) : view === 'single' ? (
          <ItemView
            assessmentId={assessmentId}
            item={item}
            position={{ index, total: sequence.length }}
            section={section.label}
            node={outline.nodeOf.get(currentId)}
            state={answers[currentId] ?? BLANK}
            save={saves[currentId]}
            readOnly={readOnly}
            onAnswer={(v) => answer(currentId, v)}
            onNote={(note) => typeNote(currentId, note)}
            onFlag={() => toggleFlag(currentId)}
            onRespondent={(respondent) => void write(currentId, { respondent })}
            onSighted={(sighted) => void write(currentId, { sighted })}
            onRetry={() => void retry(currentId)}
            onPrev={() => goTo(index - 1)}
            onNext={() => goTo(index + 1)}
            fromProfile={fromProfile}
            respondent={currentId ? roles[currentId] : undefined}
            onEditProfile={onEditProfile}
            {...(figureDefaults ? { figureDefaults } : {})}
          />
        ) : (
          <CompactList
            items={section.items
              .filter((id) => relevant.has(id))
              .flatMap((id) => {
                const it = q.items.get(id);
                return it ? [it] : [];
              })}
            title={section.label}
            current={currentId}
            answers={answers}
            saves={saves}
            readOnly={readOnly}
            locked={new Set(sequence.filter((id) => profileAnswer(id, profile) !== undefined))}
            skipped={
              new Map(
                skippedHere
                  .filter((id) => !opened.has(id))
                  .map((id) => [id, skipReason(plan.skipped.get(id)!)]),
              )
            }
            onOpenSkipped={openSkipped}
            onSelect={(id) => setCurrent(id)}
            onAnswer={answer}
            onNa={toggleNa}
            onRetry={(id) => void retry(id)}
          />
        )}
      </div>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
