import { fill } from '../../i18n';

// Russian messages of the rollout plan (RUN-1). They live beside the feature, not in i18n/ru.ts, so they load
// with the plan's route chunk and never with the first load (npm run size).
const strings = {
  'rollout.title': 'План внедрения',
  'rollout.intro':
    'Четыре этапа перехода школы на Парту (методические рекомендации). Для каждого этапа Парта предлагает чаты по структуре школы: участники берутся из групп, классов и их родителей.',
  'rollout.empty.title': 'План начнётся, когда структура будет готова',
  'rollout.empty.text':
    'Создайте классы, предметы и группы сотрудников, затем отметьте структуру готовой в профиле школы. Сроки этапов считаются от этого дня.',
  'rollout.empty.structure': 'Классы и предметы',
  'rollout.empty.profile': 'Профиль школы: «Структура готова»',
  'rollout.since': 'Структура готова с {date}; сроки — по часовому поясу школы ({zone}).',
  'rollout.stage': 'Этап {number}. {title}',
  'rollout.due': 'Срок: {from} — {by}',
  'rollout.status.done': 'Выполнен',
  'rollout.status.overdue': 'Просрочен',
  'rollout.status.due': 'Осталось дней: {days}',
  'rollout.status.today': 'Последний день',
  'rollout.progress': 'Чаты этапа: создано {created} из {proposed}',
  'rollout.members': 'Участников в чатах: {count}',
  'rollout.messages': 'Чатов с сообщениями: {count}',
  'rollout.create': 'Создать чаты этапа {number}',
  'rollout.creating': 'Создаём чаты…',
  'rollout.created': 'Чаты этапа {number} созданы. Участники добавлены по структуре.',
  'rollout.nothing': 'Структура пока не предлагает чатов для этого этапа.',
  'rollout.content': 'Содержание коммуникаций',
  'rollout.chat.open': 'Открыть чат',
  'rollout.chat.missing': 'ещё не создан',
  'rollout.chat.members': 'участников: {count}',
  'rollout.chat.messages': 'есть сообщения',
  'rollout.template.administration': 'Административный блок: директор, заместители, руководители МО',
  'rollout.template.primaryTeachers': 'Заместитель директора с учителями начальной школы',
  'rollout.template.subjectTeachers': 'Заместитель директора с учителями-предметниками',
  'rollout.template.additionalTeachers': 'Заместитель директора с педагогами дополнительного образования',
  'rollout.template.methodAssociations': 'Руководитель методического объединения с учителями',
  'rollout.template.allStaff': 'Директор с педагогическим коллективом',
  'rollout.template.parentsCommittee': 'Руководство школы с родительским комитетом',
  'rollout.template.classStudents': 'Классный руководитель со своим классом',
  'rollout.template.classParents': 'Классный руководитель с родителями класса',
  'rollout.template.subjectClass': 'Учитель-предметник с классом по предмету',
  'rollout.template.miniGroups': 'Учитель с мини-группой (кружок, секция, проект)',
} as const;

export type RolloutKey = keyof typeof strings;

/** A rollout message with {name} placeholders filled in. */
export function rt(key: RolloutKey, values?: Record<string, string | number>): string {
  return fill(strings[key], values);
}

/** A template chat's name by the key the server gives; an unknown key shows as it is rather than nothing. */
export function templateTitle(key: string): string {
  const full = `rollout.template.${key}`;
  return full in strings ? strings[full as RolloutKey] : key;
}
