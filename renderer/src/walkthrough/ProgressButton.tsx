import { CheckCircleFilled } from '@ant-design/icons';
import { Progress } from 'antd';

interface Props {
  readonly name: string;
  /** the whole line as a screen reader says it (name and progress) */
  readonly ariaLabel: string;
  /** what is left or answered, as the list words it */
  readonly count: string;
  readonly percent: number;
  readonly done: boolean;
  readonly current: boolean;
  onOpen(): void;
}

/** One entry of a side list (a dimension, a person to interview): its name, progress and a way in. */
export function ProgressButton({ name, ariaLabel, count, percent, done, current, onOpen }: Props) {
  return (
    <li>
      <button
        type="button"
        className={`section-button${current ? ' is-current' : ''}`}
        aria-current={current ? 'step' : undefined}
        aria-label={ariaLabel}
        onClick={onOpen}
      >
        <span className="section-name">
          {name} {done ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
        </span>
        <span className="section-count">{count}</span>
        <Progress percent={percent} showInfo={false} size="small" status={done ? 'success' : 'normal'} />
      </button>
    </li>
  );
}
