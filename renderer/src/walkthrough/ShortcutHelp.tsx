import { Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export const SHORTCUTS = [
  ['0–5', 'walk.keys.level'],
  ['1–4', 'walk.keys.satisfaction'],
  ['1 / 2', 'walk.keys.boolean'],
  ['1–9 / 0', 'walk.keys.choices'],
  ['a b c …', 'walk.keys.choicesMore'],
  ['N', 'walk.keys.na'],
  ['F', 'walk.keys.flag'],
  ['Enter / →', 'walk.keys.next'],
  ['←', 'walk.keys.prev'],
  ['PageDown / PageUp', 'walk.keys.section'],
  ['Tab', 'walk.keys.figures'],
  ['Esc', 'walk.keys.escape'],
  ['?', 'walk.keys.help'],
] as const;

/** The keyboard shortcuts, listed where the consultant can look them up (also opened with "?"). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('walk.keys.title')} onCancel={onClose} footer={null} width={560}>
      <Descriptions column={1} size="small" bordered aria-label={t('walk.keys.title')}>
        {SHORTCUTS.map(([keys, text]) => (
          <Descriptions.Item key={keys} label={<kbd className="inline-key">{keys}</kbd>}>
            {t(text)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Modal>
  );
}
