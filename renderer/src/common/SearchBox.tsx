import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { CSSProperties } from 'react';

interface SearchBoxProps {
  /** what the box searches, read by screen readers (the visible hint may be shorter) */
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (query: string) => void;
  readonly style?: CSSProperties;
}

/** The list pages' search field: one look (magnifier, clear button) and one accessible name everywhere. */
export function SearchBox({ label, placeholder, value, onChange, style }: SearchBoxProps) {
  return (
    <Input
      type="search"
      prefix={<SearchOutlined aria-hidden />}
      allowClear
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={style}
    />
  );
}
