import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { ApiError } from '../api/client';
import { problemText } from '../api/problemText';
import { t } from '../i18n';

interface FieldFrame {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled control with its hint and its error, linked for screen readers (aria-describedby). */
function Frame({ id, label, hint, error, children }: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function TextField({ label, hint, error, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </Frame>
  );
}

export function TextArea({ label, hint, error, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </Frame>
  );
}

/** A checkbox with its label beside it and a hint under it that screen readers read with it. */
export function CheckboxField({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <>
      <label className="choice">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </>
  );
}

export function SelectField({ label, hint, error, children, ...select }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </Frame>
  );
}

interface FormAlertProps {
  title?: string;
  detail?: string | null;
  /** A refusal from the server (shown instead of title and detail): its title and every reason the form does not show beside a field. */
  problem?: ApiError;
  /** The fields whose messages the form shows beside its inputs. */
  shown?: readonly string[];
}

/** Form-level message (role=alert: read out as soon as it appears). */
export function FormAlert({ title, detail, problem, shown }: FormAlertProps) {
  const text = problem ? problemText(problem, shown) : { title, lines: detail ? [detail] : [] };
  return (
    <div role="alert" className={text.title ? 'alert' : 'alert alert-empty'}>
      {text.title && <strong>{text.title}</strong>}
      {text.title && text.lines.map((line) => <p key={line}>{line}</p>)}
    </div>
  );
}

/** Moves focus to the first field the server refused, so keyboard users land where the fix is needed. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export function Loading() {
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function LoadError({ title, onRetry }: { title: string; onRetry?: () => void }) {
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      {onRetry && (
        <p>
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('error.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
