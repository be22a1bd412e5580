import { Col, Form, type ColProps, type FormItemProps } from 'antd';

type Breakpoints = Pick<ColProps, 'xs' | 'sm' | 'md' | 'lg' | 'xl'>;

interface FieldColProps extends FormItemProps {
  /** the column's width as antd's grid counts it (24 = the whole row): fixed, or per screen size */
  readonly span: number | Breakpoints;
}

/** One form field in one grid column: the forms' rows are lists of these. */
export function FieldCol({ span, ...item }: FieldColProps) {
  return (
    <Col {...(typeof span === 'number' ? { span } : span)}>
      <Form.Item {...item} />
    </Col>
  );
}
