import { useId } from 'react';
import type { ProfileDto } from '../../api/types';
import { CheckboxField } from '../../components/Form';
import { t } from '../../i18n';

type Companion = ProfileDto['teacherStudentChatCompanion'];
const companions: Companion[] = ['none', 'parents', 'secondStaff'];

/** BEY-3: the school's rules for reaching students — classmates' direct chats, and who else is in a staff member's chat with a student. */
export function StudentContactRules({ profile, set }: { profile: ProfileDto; set: <K extends keyof ProfileDto>(name: K, value: ProfileDto[K]) => void }) {
  const hint = useId();
  return (
    <fieldset className="field">
      <legend className="label">{t('profile.students')}</legend>
      <CheckboxField label={t('profile.classmates')} hint={t('profile.classmates.hint')} checked={profile.classmatesMayMessage} onChange={(checked) => set('classmatesMayMessage', checked)} />
      <fieldset className="field" aria-describedby={hint}>
        <legend className="label">{t('profile.companion')}</legend>
        {companions.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="companion" value={value} checked={profile.teacherStudentChatCompanion === value} onChange={() => set('teacherStudentChatCompanion', value)} />
            {t(`profile.companion.${value}`)}
          </label>
        ))}
        <p className="hint" id={hint}>
          {t('profile.companion.hint')}
        </p>
      </fieldset>
    </fieldset>
  );
}
