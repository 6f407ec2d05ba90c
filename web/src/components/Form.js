import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
import { t } from '../i18n';
/** A labelled control with its hint and its error, linked for screen readers (aria-describedby). */
function Frame({ id, label, hint, error, children }) {
    return (_jsxs("div", { className: error ? 'field field-invalid' : 'field', children: [_jsx("label", { htmlFor: id, children: label }), hint && (_jsx("p", { className: "hint", id: `${id}-hint`, children: hint })), children, error && (_jsx("p", { className: "field-error", id: `${id}-error`, children: error }))] }));
}
function describedBy(id, hint, error) {
    return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
export function TextField({ label, hint, error, ...input }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, children: _jsx("input", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error), ...input }) }));
}
export function TextArea({ label, hint, error, ...input }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, children: _jsx("textarea", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error), ...input }) }));
}
export function SelectField({ label, hint, error, children, ...select }) {
    const id = useId();
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, children: _jsx("select", { id: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error), ...select, children: children }) }));
}
/** Form-level message (role=alert: read out as soon as it appears). */
export function FormAlert({ title, detail }) {
    return (_jsxs("div", { role: "alert", className: title ? 'alert' : 'alert alert-empty', children: [title && _jsx("strong", { children: title }), title && detail && _jsx("p", { children: detail })] }));
}
/** Moves focus to the first field the server refused, so keyboard users land where the fix is needed. */
export function focusFirstInvalid(form) {
    requestAnimationFrame(() => form?.querySelector('[aria-invalid="true"]')?.focus());
}
export function Loading() {
    return (_jsx("p", { className: "loading", role: "status", children: t('app.loading') }));
}
export function LoadError({ title, onRetry }) {
    return (_jsxs("div", { role: "alert", className: "alert", children: [_jsx("strong", { children: title }), onRetry && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary", onClick: onRetry, children: t('error.retry') }) }))] }));
}
