import { useState, type FormEvent } from 'react';
import { api, ApiError, uploadForm } from '../api/client';
import type { ImportPreviewDto, ImportResultDto } from '../api/types';
import { FormAlert, TextField } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';

/** ORG-5: upload (with progress), a preview with errors by file and line, then apply — all or nothing. */
export function ImportPage() {
  useTitle(t('import.title'));
  const { organization } = useOrganization();
  const base = `/api/organizations/${organization.id}/imports`;
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto>();
  const [result, setResult] = useState<ImportResultDto>();
  const [error, setError] = useState<ApiError>();
  const [applying, setApplying] = useState(false);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(undefined);
    setPreview(undefined);
    setResult(undefined);
    const body = new FormData();
    body.append('file', file);
    setProgress(0);
    try {
      setPreview(await uploadForm<ImportPreviewDto>(base, body, setProgress));
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setProgress(null);
    }
  };
  const apply = async () => {
    setApplying(true);
    setError(undefined);
    try {
      setResult(await api.post<ImportResultDto>(`${base}/${preview!.importId}/apply`));
      setPreview(undefined);
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setApplying(false);
    }
  };

  return (
    <article>
      <h2>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <p className="hint">{t('import.format')}</p>
      <FormAlert problem={error} shown={['file']} />
      <form onSubmit={check} className="form" noValidate>
        <TextField label={t('import.file')} hint={t('import.file.hint')} type="file" accept=".csv,.zip,text/csv,application/zip"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)} error={error?.field('file')} />
        {progress !== null && (
          <div className="progress" role="status">
            <label>
              {t('import.progress')}: {Math.round(progress * 100)}%
              <progress max={1} value={progress} />
            </label>
          </div>
        )}
        <button type="submit" className="button" disabled={!file || progress !== null}>
          {t('import.check')}
        </button>
      </form>
      {result && (
        <p role="status" className="empty">
          {t('import.done', { classes: String(result.classesCreated), invitations: String(result.invitationsSent) })}
        </p>
      )}
      {preview && (
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">{t('import.preview')}</h3>
          <p>
            {t('import.counts', {
              people: String(preview.people), teachers: String(preview.teachers), students: String(preview.students), parents: String(preview.parents),
            })}
          </p>
          {preview.newClasses.length > 0 && <p>{t('import.newClasses', { classes: preview.newClasses.join(', ') })}</p>}
          {Number(preview.errorCount) > 0 ? (
            <>
              <p role="alert" className="alert">
                <strong>{t('import.errors', { count: String(preview.errorCount) })}</strong>
              </p>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('import.col.file')}</th>
                      <th scope="col">{t('import.col.line')}</th>
                      <th scope="col">{t('import.col.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.errors.map((e, i) => (
                      <tr key={i}>
                        <td>{e.file}</td>
                        <td>{e.line}</td>
                        <td>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <button type="button" className="button" disabled={applying} onClick={() => void apply()}>
              {applying ? t('import.applying') : t('import.apply')}
            </button>
          )}
        </section>
      )}
    </article>
  );
}
