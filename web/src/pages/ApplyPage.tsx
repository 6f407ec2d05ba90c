import { useEffect, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, uploadForm } from '../api/client';
import type { ApplicationFormFields, ApplicationSubmittedDto, RegionDto } from '../api/types';
import { focusFirstInvalid, FormAlert, SelectField, TextField } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t, type MessageKey } from '../i18n';

const maxDocumentBytes = 10 * 1024 * 1024;
const kinds = ['school', 'college', 'additional'] as const;
const empty: ApplicationFormFields = {
  kind: 'school', fullName: '', shortName: '', regionCode: '', municipality: '', settlement: '',
  adminFullName: '', adminPhone: '', adminEmail: '', inn: '', kpp: '',
};

/** ORG-1: the public application form. The server decides what is valid; its messages appear beside the fields. */
export function ApplyPage() {
  useTitle(t('apply.title'));
  const [fields, setFields] = useState(empty);
  const [document, setDocument] = useState<File | null>(null);
  const [regions, setRegions] = useState<RegionDto[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ title: string; detail?: string | null }>();
  const [progress, setProgress] = useState<number | null>(null);
  const [submitted, setSubmitted] = useState<ApplicationSubmittedDto | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    api.get<RegionDto[]>('/api/reference/regions').then(setRegions, () => setAlert({ title: t('error.generic') }));
  }, []);

  const set = (name: keyof ApplicationFormFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function clientErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const [name, value] of Object.entries(fields)) if (!value.trim()) found[name] = t('apply.clientRequired');
    if (!document) found.document = t('apply.clientRequired');
    else if (document.size > maxDocumentBytes) found.document = t('apply.clientFileTooLarge');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAlert(undefined);
    const found = clientErrors();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append('document', document!);
    setProgress(0);
    try {
      setSubmitted(await uploadForm<ApplicationSubmittedDto>('/api/applications', body, setProgress));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(Object.fromEntries(Object.keys(error.errors).map((name) => [name, error.field(name)!])));
      setAlert({ title: error.title, detail: error.detail });
      focusFirstInvalid(form.current);
    } finally {
      setProgress(null);
    }
  }

  if (submitted) return <Submitted token={submitted.trackingToken} />;

  const text = (name: keyof ApplicationFormFields, label: MessageKey, extra: Partial<InputHTMLAttributes<HTMLInputElement>> = {}, hint?: MessageKey) => (
    <TextField name={name} label={t(label)} hint={hint && t(hint)} value={fields[name]} onChange={set(name)} error={errors[name]} required {...extra} />
  );

  return (
    <article>
      <h1>{t('apply.title')}</h1>
      <p>{t('apply.intro')}</p>
      <FormAlert title={alert?.title} detail={alert?.detail} />
      <form ref={form} onSubmit={submit} noValidate className="form">
        <fieldset>
          <legend>{t('apply.section.organization')}</legend>
          <div className={errors.kind ? 'field field-invalid' : 'field'} role="radiogroup" aria-label={t('apply.kind')}>
            <span className="label">{t('apply.kind')}</span>
            {kinds.map((kind) => (
              <label key={kind} className="choice">
                <input type="radio" name="kind" value={kind} checked={fields.kind === kind} onChange={set('kind')} aria-invalid={errors.kind ? true : undefined} />
                {t(`apply.kind.${kind}`)}
              </label>
            ))}
            {errors.kind && <p className="field-error">{errors.kind}</p>}
          </div>
          {text('fullName', 'apply.fullName', { maxLength: 500 }, 'apply.fullName.hint')}
          {text('shortName', 'apply.shortName', { maxLength: 120 }, 'apply.shortName.hint')}
        </fieldset>
        <fieldset>
          <legend>{t('apply.section.location')}</legend>
          <SelectField name="regionCode" label={t('apply.region')} value={fields.regionCode} onChange={set('regionCode')} error={errors.regionCode} required>
            <option value="">{t('apply.region.choose')}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </SelectField>
          {text('municipality', 'apply.municipality', { maxLength: 200 }, 'apply.municipality.hint')}
          {text('settlement', 'apply.settlement', { maxLength: 200 })}
        </fieldset>
        <fieldset>
          <legend>{t('apply.section.admin')}</legend>
          {text('adminFullName', 'apply.adminFullName', { autoComplete: 'name', maxLength: 200 })}
          {text('adminPhone', 'apply.adminPhone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' }, 'apply.adminPhone.hint')}
          {text('adminEmail', 'apply.adminEmail', { type: 'email', autoComplete: 'email' })}
        </fieldset>
        <fieldset>
          <legend>{t('apply.section.details')}</legend>
          {text('inn', 'apply.inn', { inputMode: 'numeric', maxLength: 10 }, 'apply.inn.hint')}
          {text('kpp', 'apply.kpp', { maxLength: 9, autoCapitalize: 'characters' }, 'apply.kpp.hint')}
          <TextField
            name="document"
            type="file"
            label={t('apply.document')}
            hint={t('apply.document.hint')}
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            onChange={(event) => setDocument(event.target.files?.[0] ?? null)}
            error={errors.document}
            required
          />
        </fieldset>
        {progress !== null && (
          <div className="progress" role="status">
            <label>
              {t('apply.progress')}: {Math.round(progress * 100)}%
              <progress max={1} value={progress} />
            </label>
          </div>
        )}
        <button type="submit" className="button" disabled={progress !== null}>
          {progress !== null ? t('apply.sending') : t('apply.submit')}
        </button>
      </form>
    </article>
  );
}

function Submitted({ token }: { token: string }) {
  const url = `${window.location.origin}/track/${token}`;
  const [copied, setCopied] = useState(false);
  useTitle(t('apply.done.title'));
  return (
    <article>
      <h1>{t('apply.done.title')}</h1>
      <p>{t('apply.done.text')}</p>
      <p className="tracking-link">
        <Link to={`/track/${token}`}>{url}</Link>
      </p>
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        >
          {t('apply.done.copy')}
        </button>{' '}
        <span role="status">{copied ? t('apply.done.copied') : ''}</span>
      </p>
    </article>
  );
}
