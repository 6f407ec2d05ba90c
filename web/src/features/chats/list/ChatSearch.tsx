import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import { highlightParts } from './highlight';

type SearchHitDto = components['schemas']['SearchHitDto'];

const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * MSG-8: searching the person's own chats. While a query is typed the results replace the chat list; a hit
 * opens the message in context (?message=seq). Highlights are rendered as <mark> around text, never as HTML.
 */
export function ChatSearch({ organizationId, base, children }: { organizationId: string; base: string; children: React.ReactNode }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHitDto[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const q = query.trim();

  useEffect(() => {
    if (q.length < 2) {
      setHits(null);
      setError(undefined);
      return;
    }
    let alive = true;
    setBusy(true);
    const timer = setTimeout(async () => {
      try {
        const result = await api.get<SearchHitDto[]>(`/api/organizations/${organizationId}/search?q=${encodeURIComponent(q)}`);
        if (alive) {
          setHits(result);
          setError(undefined);
        }
      } catch (failure) {
        if (alive && failure instanceof ApiError) setError(failure);
      } finally {
        if (alive) setBusy(false);
      }
    }, 300);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [q, organizationId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  return (
    <>
      <div role="search" className="chat-search">
        <label htmlFor="chat-search" className="sr-only">
          {t('chats.search')}
        </label>
        <input id="chat-search" type="search" placeholder={t('chats.search')} value={query} aria-describedby="chat-search-hint" onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} />
        <p id="chat-search-hint" className="sr-only">
          {t('chats.searchHint')}
        </p>
      </div>
      {q.length < 2 ? (
        children
      ) : (
        <section aria-label={t('chats.searchResults')} className="search-results">
          {error && <FormAlert problem={error} />}
          <p role="status" className="muted">
            {busy ? t('chats.searching') : hits ? (hits.length === 0 ? t('chats.searchNothing') : t('chats.searchFound', { count: String(hits.length) })) : ''}
          </p>
          {hits && hits.length > 0 && (
            <ul className="chat-list">
              {hits.map((hit) => (
                <li key={`${hit.chatId}-${hit.seq}`}>
                  <Link to={`${base}/${hit.chatId}?message=${Number(hit.seq)}`} className="chat-link search-hit">
                    <span className="chat-link-body">
                      <span className="chat-link-title">{hit.chatTitle}</span>
                      <span className="chat-link-kind">
                        {hit.senderName} · {dayTime.format(new Date(hit.createdAt))}
                      </span>
                      <span className="search-hit-text">
                        {highlightParts(hit.text, hit.highlights).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
