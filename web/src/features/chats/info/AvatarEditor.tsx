import { useId, useRef, useState, type ChangeEvent } from 'react';
import { api, ApiError, csrfHeader, toProblem } from '../../../api/client';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';

/** What the server keeps: a square picture this big is plenty for a chat list and small on a village connection. */
export const AVATAR_SIDE = 256;

/** Scales the picture to a centred square of AVATAR_SIDE pixels (cropping the longer side) as JPEG. */
export async function squareJpeg(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const side = Math.min(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = AVATAR_SIDE;
    canvas.height = AVATAR_SIDE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff'; // transparent parts of a PNG become white, not black
    context.fillRect(0, 0, AVATAR_SIDE, AVATAR_SIDE);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, AVATAR_SIDE, AVATAR_SIDE);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no blob'))), 'image/jpeg', 0.85));
  } finally {
    bitmap.close();
  }
}

/** PUTs a body through XMLHttpRequest, the one browser API that reports upload progress. */
function put(url: string, body: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', body.type);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new ApiError(toProblem(xhr.status, xhr.responseText))));
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', title: t('chats.avatar.network') }));
    xhr.send(body);
  });
}

/** «Загрузить фото» / «Удалить фото» in the chat's info panel, with upload progress. */
export function AvatarEditor({ base, hasAvatar, onChanged }: { base: string; hasAvatar: boolean; onChanged: (notice: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string>();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setProgress(0);
    try {
      let picture: Blob;
      try {
        picture = await squareJpeg(file);
      } catch {
        throw new ApiError({ status: 0, code: 'not_an_image', title: t('chats.avatar.notImage') });
      }
      await put(`${base}/avatar`, picture, setProgress);
      onChanged(t('chats.avatar.uploaded'));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.title : t('chats.avatar.notImage'));
    } finally {
      setProgress(null);
    }
  }

  async function remove() {
    setError(undefined);
    try {
      await api.request('DELETE', `${base}/avatar`);
      onChanged(t('chats.avatar.removed'));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure.title);
    }
  }

  return (
    <div className="avatar-editor">
      {error && <FormAlert title={error} />}
      <input ref={input} id={inputId} type="file" accept="image/png,image/jpeg,image/webp" className="sr-only" onChange={(e) => void choose(e)} tabIndex={-1}
        aria-label={t(hasAvatar ? 'chats.avatar.replace' : 'chats.avatar.upload')} />
      <div className="composer-row">
        <button type="button" className="button-secondary button-small" disabled={progress !== null} onClick={() => input.current?.click()}>
          {t(hasAvatar ? 'chats.avatar.replace' : 'chats.avatar.upload')}
        </button>
        {hasAvatar && (
          <button type="button" className="button-secondary button-small link-danger" disabled={progress !== null} onClick={() => void remove()}>
            {t('chats.avatar.remove')}
          </button>
        )}
      </div>
      {progress !== null && (
        <p role="status">
          <label htmlFor={`${inputId}-progress`}>{t('chats.avatar.uploading')}</label>{' '}
          <progress id={`${inputId}-progress`} max={1} value={progress} />
        </p>
      )}
    </div>
  );
}
