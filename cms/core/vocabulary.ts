/**
 * Controlled vocabularies: the values of every select field the site shows (event kinds, formats,
 * statuses, office kinds, platform types, weekdays, mediator kinds, specializations, publication
 * kinds), each list once, with one label map in every language. The admin's select options and the
 * site's UI strings both derive from here, so a value cannot exist in one and lack a label in the other.
 *
 * Pure: imports nothing from payload, next, astro or the file system.
 */
import type { Locale } from './locales'

export const eventKinds = ['seminar-training', 'round-table', 'dialogue-platform', 'conference', 'master-class', 'lecture', 'school-lesson', 'council-meeting', 'online-meeting'] as const
export const eventFormats = ['offline', 'online', 'hybrid'] as const
export const eventStatuses = ['scheduled', 'postponed', 'cancelled'] as const
export const officeKinds = ['house-of-friendship', 'university', 'dialogue-platform'] as const
export const platformTypes = ['public-reception', 'service-centre', 'crisis-centre', 'school', 'clinic', 'akimat', 'party-reception', 'trade-union'] as const
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const mediatorKinds = ['professional', 'public'] as const
export const specializations = ['family', 'interethnic', 'labour', 'neighbourhood', 'school', 'consumer', 'land', 'commercial', 'social-domestic', 'criminal', 'medical'] as const
export const publicationKinds = ['press-release', 'news', 'report', 'methodology', 'infographic', 'video'] as const

export type EventKind = (typeof eventKinds)[number]
export type EventFormat = (typeof eventFormats)[number]
export type EventStatus = (typeof eventStatuses)[number]
export type OfficeKind = (typeof officeKinds)[number]
export type PlatformType = (typeof platformTypes)[number]
export type Weekday = (typeof weekdays)[number]
export type MediatorKind = (typeof mediatorKinds)[number]
export type Specialization = (typeof specializations)[number]
export type PublicationKind = (typeof publicationKinds)[number]

/** Each vocabulary under the key prefix its labels use: 'event.kind' → 'event.kind.<value>'. */
export const vocabularies = {

  'event.kind': eventKinds,
  'event.format': eventFormats,
  'event.status': eventStatuses,
  'office.kind': officeKinds,
  'office.platform': platformTypes,
  'weekday': weekdays,
  'mediator.kind': mediatorKinds,
  'specialization': specializations,
  'publication.kind': publicationKinds,
} as const
export type VocabularyName = keyof typeof vocabularies
type KeysOf<N extends VocabularyName> = `${N}.${(typeof vocabularies)[N][number]}`
export type VocabularyKey = { [N in VocabularyName]: KeysOf<N> }[VocabularyName]

export const vocabularyLabels: Record<Locale, Record<VocabularyKey, string>> = {
  kk: {
    'event.kind.seminar-training': 'Семинар-тренинг',
    'event.kind.round-table': 'Дөңгелек үстел',
    'event.kind.dialogue-platform': 'Диалог алаңы',
    'event.kind.conference': 'Конференция',
    'event.kind.master-class': 'Шеберлік сыныбы',
    'event.kind.lecture': 'Дәріс',
    'event.kind.school-lesson': 'Мектеп медиациясы сабағы',
    'event.kind.council-meeting': 'Кеңес отырысы',
    'event.kind.online-meeting': 'Онлайн кеңес',
    'event.format.offline': 'Офлайн',
    'event.format.online': 'Онлайн',
    'event.format.hybrid': 'Аралас формат',
    'event.status.scheduled': 'Жоспарланған',
    'event.status.postponed': 'Шегерілді',
    'event.status.cancelled': 'Тоқтатылды',
    'office.kind.house-of-friendship': 'Достық үйіндегі кабинет',
    'office.kind.university': 'Университеттегі кабинет',
    'office.kind.dialogue-platform': 'Диалог алаңы',
    'office.platform.public-reception': 'Мемлекеттік органның қоғамдық қабылдау бөлмесі',
    'office.platform.service-centre': 'ХҚКО',
    'office.platform.crisis-centre': 'Дағдарыс орталығы',
    'office.platform.school': 'Мектеп',
    'office.platform.clinic': 'Емхана',
    'office.platform.akimat': 'Әкімдік',
    'office.platform.party-reception': 'Партияның қоғамдық қабылдау бөлмесі',
    'office.platform.trade-union': 'Кәсіподақ',
    'weekday.mon': 'Дүйсенбі',
    'weekday.tue': 'Сейсенбі',
    'weekday.wed': 'Сәрсенбі',
    'weekday.thu': 'Бейсенбі',
    'weekday.fri': 'Жұма',
    'weekday.sat': 'Сенбі',
    'weekday.sun': 'Жексенбі',
    'mediator.kind.professional': 'Кәсіби медиатор',
    'mediator.kind.public': 'Қоғамдық медиатор',
    'specialization.family': 'Отбасылық даулар',
    'specialization.interethnic': 'Этносаралық қатынастар',
    'specialization.labour': 'Еңбек даулары',
    'specialization.neighbourhood': 'Көршілер арасындағы даулар',
    'specialization.school': 'Мектеп медиациясы',
    'specialization.consumer': 'Тұтынушылар даулары',
    'specialization.land': 'Жер даулары',
    'specialization.commercial': 'Коммерциялық даулар',
    'specialization.social-domestic': 'Әлеуметтік-тұрмыстық даулар',
    'specialization.criminal': 'Қылмыстық істер бойынша медиация',
    'specialization.medical': 'Медициналық даулар',
    'publication.kind.press-release': 'Баспасөз релизі',
    'publication.kind.news': 'Жаңалық',
    'publication.kind.report': 'Есеп',
    'publication.kind.methodology': 'Әдістемелік материал',
    'publication.kind.infographic': 'Инфографика',
    'publication.kind.video': 'Бейне',
  },
  ru: {
    'event.kind.seminar-training': 'Семинар-тренинг',
    'event.kind.round-table': 'Круглый стол',
    'event.kind.dialogue-platform': 'Диалоговая площадка',
    'event.kind.conference': 'Конференция',
    'event.kind.master-class': 'Мастер-класс',
    'event.kind.lecture': 'Лекция',
    'event.kind.school-lesson': 'Урок школьной медиации',
    'event.kind.council-meeting': 'Заседание совета',
    'event.kind.online-meeting': 'Онлайн-совещание',
    'event.format.offline': 'Офлайн',
    'event.format.online': 'Онлайн',
    'event.format.hybrid': 'Гибридный формат',
    'event.status.scheduled': 'Запланировано',
    'event.status.postponed': 'Перенесено',
    'event.status.cancelled': 'Отменено',
    'office.kind.house-of-friendship': 'Кабинет при Доме дружбы',
    'office.kind.university': 'Кабинет при университете',
    'office.kind.dialogue-platform': 'Диалоговая площадка',
    'office.platform.public-reception': 'Общественная приёмная госоргана',
    'office.platform.service-centre': 'ЦОН',
    'office.platform.crisis-centre': 'Кризисный центр',
    'office.platform.school': 'Школа',
    'office.platform.clinic': 'Поликлиника',
    'office.platform.akimat': 'Акимат',
    'office.platform.party-reception': 'Общественная приёмная партии',
    'office.platform.trade-union': 'Профсоюз',
    'weekday.mon': 'Понедельник',
    'weekday.tue': 'Вторник',
    'weekday.wed': 'Среда',
    'weekday.thu': 'Четверг',
    'weekday.fri': 'Пятница',
    'weekday.sat': 'Суббота',
    'weekday.sun': 'Воскресенье',
    'mediator.kind.professional': 'Профессиональный медиатор',
    'mediator.kind.public': 'Общественный медиатор',
    'specialization.family': 'Семейные споры',
    'specialization.interethnic': 'Межэтнические отношения',
    'specialization.labour': 'Трудовые споры',
    'specialization.neighbourhood': 'Соседские споры',
    'specialization.school': 'Школьная медиация',
    'specialization.consumer': 'Потребительские споры',
    'specialization.land': 'Земельные споры',
    'specialization.commercial': 'Коммерческие споры',
    'specialization.social-domestic': 'Социально-бытовые споры',
    'specialization.criminal': 'Медиация по уголовным делам',
    'specialization.medical': 'Медицинские споры',
    'publication.kind.press-release': 'Пресс-релиз',
    'publication.kind.news': 'Новость',
    'publication.kind.report': 'Отчёт',
    'publication.kind.methodology': 'Методический материал',
    'publication.kind.infographic': 'Инфографика',
    'publication.kind.video': 'Видео',
  },
  en: {
    'event.kind.seminar-training': 'Seminar-training',
    'event.kind.round-table': 'Round table',
    'event.kind.dialogue-platform': 'Dialogue platform',
    'event.kind.conference': 'Conference',
    'event.kind.master-class': 'Master class',
    'event.kind.lecture': 'Lecture',
    'event.kind.school-lesson': 'School mediation lesson',
    'event.kind.council-meeting': 'Council meeting',
    'event.kind.online-meeting': 'Online meeting',
    'event.format.offline': 'In person',
    'event.format.online': 'Online',
    'event.format.hybrid': 'Hybrid',
    'event.status.scheduled': 'Scheduled',
    'event.status.postponed': 'Postponed',
    'event.status.cancelled': 'Cancelled',
    'office.kind.house-of-friendship': 'Office at a House of Friendship',
    'office.kind.university': 'Office at a university',
    'office.kind.dialogue-platform': 'Dialogue platform',
    'office.platform.public-reception': 'Public reception of a state body',
    'office.platform.service-centre': 'Public service centre',
    'office.platform.crisis-centre': 'Crisis centre',
    'office.platform.school': 'School',
    'office.platform.clinic': 'Clinic',
    'office.platform.akimat': 'Akimat',
    'office.platform.party-reception': 'Party public reception',
    'office.platform.trade-union': 'Trade union',
    'weekday.mon': 'Monday',
    'weekday.tue': 'Tuesday',
    'weekday.wed': 'Wednesday',
    'weekday.thu': 'Thursday',
    'weekday.fri': 'Friday',
    'weekday.sat': 'Saturday',
    'weekday.sun': 'Sunday',
    'mediator.kind.professional': 'Professional mediator',
    'mediator.kind.public': 'Public mediator',
    'specialization.family': 'Family disputes',
    'specialization.interethnic': 'Interethnic relations',
    'specialization.labour': 'Labour disputes',
    'specialization.neighbourhood': 'Neighbour disputes',
    'specialization.school': 'School mediation',
    'specialization.consumer': 'Consumer disputes',
    'specialization.land': 'Land disputes',
    'specialization.commercial': 'Commercial disputes',
    'specialization.social-domestic': 'Social and domestic disputes',
    'specialization.criminal': 'Mediation in criminal cases',
    'specialization.medical': 'Medical disputes',
    'publication.kind.press-release': 'Press release',
    'publication.kind.news': 'News',
    'publication.kind.report': 'Report',
    'publication.kind.methodology': 'Methodology',
    'publication.kind.infographic': 'Infographic',
    'publication.kind.video': 'Video',
  },
}

/** A value's label in every language, as Payload's admin takes option labels. */
export function labelsOf(key: VocabularyKey): Record<Locale, string> {
  return Object.fromEntries(Object.entries(vocabularyLabels).map(([l, labels]) => [l, labels[key]])) as Record<Locale, string>
}

/** Select options for a vocabulary, labelled in every language. */
export function optionsOf<N extends VocabularyName>(name: N): Array<{ value: (typeof vocabularies)[N][number]; label: Record<Locale, string> }> {
  return vocabularies[name].map((value) => ({ value, label: labelsOf(`${name}.${value}` as VocabularyKey) }))
}
