// The inspector's labelled fields. Every control has a <label>; a problem or hint under a field is
// tied to it with aria-describedby, and a problem also sets aria-invalid. Read-only plans (opened
// from a share link) disable every control.
import { isolate } from '../../model/bidi.ts';
import { useId, type ReactNode } from 'react';
import { usePlanStore } from '../../store/planStore.ts';
import { notify } from '../../store/session.ts';
import { SeverityIcon } from '../../canvas/Icon.tsx';
import { parseCount, type Parsed } from './checks.ts';
import { useDraft } from './draft.ts';
import type { Option } from './options.ts';
import { usePaintedOnce } from './afterPaint.ts';
import { useInspected } from './inspected.ts';

const useReadOnly = () => usePlanStore((s) => s.readOnly);

interface Message {
  text: string;
  tone: 'error' | 'warning';
}

interface FrameProps {
  inputId: string;
  label: string;
  hint?: ReactNode;
  message?: Message | undefined;
  children: ReactNode;
}

const describedBy = (inputId: string, message: Message | undefined, hint: ReactNode) =>
  [message && `${inputId}-msg`, hint && `${inputId}-hint`].filter(Boolean).join(' ') || undefined;

function FieldFrame({ inputId, label, hint, message, children }: FrameProps) {
  return (
    <div className="insp-field">
      <label className="insp-label" htmlFor={inputId}>
        {label}
      </label>
      {children}
      <div aria-live="polite">
        {message && (
          <p id={`${inputId}-msg`} className={`insp-message ${message.tone}`}>
            <SeverityIcon severity={message.tone} size={12} />
            <span>{message.text}</span>
          </p>
        )}
      </div>
      {hint && (
        <p id={`${inputId}-hint`} className="insp-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps<T> {
  label: string;
  value: string | undefined;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  /** Something worth saying about the text that does not stop it being stored. */
  warn?: (text: string) => string | undefined;
  /** 'error' when what `warn` says is an error finding of the stored value (shown as one). */
  warnTone?: 'warning' | 'error';
  hint?: ReactNode;
  placeholder?: string;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'decimal';
}

/** A text box checked as you type; stores on blur or Enter only when valid; Escape reverts. A draft is the inspected item's: another item's field is a new one. */
export function TextField<T extends string | number | undefined>(props: TextFieldProps<T>) {
  return <DraftField key={useInspected()} {...props} />;
}

function DraftField<T extends string | number | undefined>(props: TextFieldProps<T>) {
  const { label, value, parse, onCommit, warn, warnTone = 'warning', hint, placeholder, maxLength, inputMode } = props;
  const inputId = useId();
  const readOnly = useReadOnly();
  const draft = useDraft({
    stored: value ?? '',
    parse,
    format: (v: T) => (v === undefined ? '' : String(v)),
    onCommit,
    onRefuse: (text, problem) => notify(`${label} not changed to “${isolate(text.trim())}”: ${problem}`, 'warning'),
  });
  const warning = draft.problem ? undefined : warn?.(draft.text);
  const message: Message | undefined = draft.problem
    ? { text: draft.problem, tone: 'error' }
    : warning
      ? { text: warning, tone: warnTone }
      : undefined;
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint} message={message}>
      <input
        id={inputId}
        className="insp-input"
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={draft.text}
        placeholder={placeholder}
        maxLength={maxLength}
        inputMode={inputMode}
        disabled={readOnly}
        aria-invalid={message?.tone === 'error' ? true : undefined}
        aria-describedby={describedBy(inputId, message, hint)}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
    </FieldFrame>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** Smallest whole number accepted (1 unless stated). */
  min?: number;
  hint?: ReactNode;
}

/** An optional whole number: empty clears it; anything but a whole number ≥ min is refused. */
export function NumberField({ label, value, onCommit, min = 1, hint }: NumberFieldProps) {
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      parse={(text) => parseCount(text, min)}
      onCommit={onCommit}
      hint={hint}
      placeholder="Not stated"
      inputMode="numeric"
    />
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly Option<T>[];
  onChange: (value: T | undefined) => void;
  /** Label of a first choice that clears the value, e.g. "(not stated)". */
  empty?: string;
  hint?: ReactNode;
  disabled?: boolean;
}

/**
 * Above this many choices (a plan's sites, clusters or servers), a newly drawn list holds only the
 * chosen one until its first frame is painted, and every choice right after: the field shows its
 * value at once, and nobody can open the list within that frame.
 */
const LONG_LIST = 24;

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  empty,
  hint,
  disabled,
}: SelectFieldProps<T>) {
  const inputId = useId();
  const readOnly = useReadOnly();
  const complete = usePaintedOnce(options.length > LONG_LIST);
  const groups = groupOptions(complete ? options : options.filter((o) => o.value === value));
  const render = (o: Option<T>) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <FieldFrame inputId={inputId} label={label} hint={hint}>
      <select
        id={inputId}
        className="insp-input insp-select"
        value={value ?? ''}
        disabled={readOnly || disabled}
        aria-describedby={describedBy(inputId, undefined, hint)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        {(empty !== undefined || value === undefined) && <option value="">{empty ?? ''}</option>}
        {groups.map(([group, list]) =>
          group ? (
            <optgroup key={group} label={group}>
              {list.map(render)}
            </optgroup>
          ) : (
            list.map(render)
          ),
        )}
      </select>
    </FieldFrame>
  );
}

function groupOptions<T extends string>(options: readonly Option<T>[]): [string, Option<T>[]][] {
  const groups = new Map<string, Option<T>[]>();
  for (const o of options) {
    const key = o.group ?? '';
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  return [...groups];
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  disabled?: boolean;
}

export function CheckboxField({ label, checked, onChange, hint, disabled }: CheckboxFieldProps) {
  const inputId = useId();
  const readOnly = useReadOnly();
  return (
    <div className="insp-field insp-check">
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        disabled={readOnly || disabled}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={`${inputId}-hint`} className="insp-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A headed group of fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="insp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="insp-heading">
        {title}
      </h3>
      {children}
    </section>
  );
}
