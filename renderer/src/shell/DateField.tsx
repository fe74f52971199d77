import { TextInput, type TextInputProps } from '@mantine/core';
import { dayFull } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every date a form asks for: the system's own date picker (keyboard and locale as the person
 * knows them) with the date said beside it the app's one way ("Mon 7 Dec · yesterday"), since
 * the picker writes it in the system's numeric form. `value` and `onChange` are `YYYY-MM-DD`,
 * or '' while empty.
 */
export function DateField({
  value,
  onChange,
  description,
  words: say,
  ...props
}: Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  value: string;
  onChange: (day: string) => void;
  /** another way to say it, where the year is not part of the date (a birthday) */
  words?: (day: string) => string;
}) {
  const words = DAY_RE.test(value) ? (say ? say(value) : dayFull(value, dayOf(new Date()))) : null;
  return (
    <TextInput
      {...props}
      type="date"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      description={words ?? description}
      // the words under the picker: in a row of fields the pickers line up with the others
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
