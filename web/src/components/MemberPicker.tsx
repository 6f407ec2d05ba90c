import { useState, type Dispatch, type SetStateAction } from 'react';
import type { PersonDto } from '../api/types';
import { t, type MessageKey } from '../i18n';
import { TextField } from './Form';

/**
 * People to tick, with a search box over their names: used wherever a chat gets members (a new group chat,
 * «Добавить участников»). The chosen ids stay with the caller, which sends them.
 */
export function MemberPicker({ people, chosen, setChosen }: { people: PersonDto[]; chosen: string[]; setChosen: Dispatch<SetStateAction<string[]>> }) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('ru');
  const shown = people.filter((p) => p.fullName.toLocaleLowerCase('ru').includes(needle));
  return (
    <>
      <TextField label={t('chats.create.filter')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <div className="member-picker">
        {shown.length === 0 && <p className="muted">{t('chats.info.noMatch')}</p>}
        {shown.map((p) => (
          <label key={p.accountId} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(p.accountId)}
              onChange={(e) => setChosen((list) => (e.target.checked ? [...list, p.accountId] : list.filter((id) => id !== p.accountId)))}
            />
            <span>
              {p.fullName} <span className="muted">· {t(`org.role.${p.role}` as MessageKey)}</span>
            </span>
          </label>
        ))}
      </div>
    </>
  );
}
