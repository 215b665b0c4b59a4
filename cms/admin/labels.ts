/**
 * Every label organizers read in the admin, in kk, ru and en, in one dictionary: collection and
 * global names, sidebar groups, fields (by path), their descriptions and select options. Applied to
 * the configs by `withAdminLabels` (cms/admin/withAdminLabels.ts), so collection files keep their
 * schema and this file keeps the words.
 *
 * Field paths: names joined with dots through named groups, arrays, blocks and tabs (`registration.capacity`);
 * rows are transparent; an unnamed collapsible or tab is `(Its English label)`. A path found in the
 * collection's own entry wins over the same path in `commonFields`. Options already labelled in all
 * three languages (cms/core/vocabulary.ts) are kept as they are.
 *
 * tests/unit/admin-labels.test.ts walks the final config and names every label still missing here.
 */
export type Trilingual = { kk: string; ru: string; en: string }
export type FieldLabels = {
  label?: Trilingual
  description?: Trilingual
  /** Array and blocks rows. */
  labels?: { singular: Trilingual; plural: Trilingual }
  /** Select and radio options by value. */
  options?: Record<string, Trilingual>
}
export type EntityLabels = {
  /** Collections. */
  singular?: Trilingual
  plural?: Trilingual
  /** Globals. */
  label?: Trilingual
  description?: Trilingual
  fields: Record<string, FieldLabels>
}

const t = (kk: string, ru: string, en: string): Trilingual => ({ kk, ru, en })

/** Sidebar groups, keyed by the group name the collection files use. */
export const groupLabels: Record<string, Trilingual> = {
  Events: t('Іс-шаралар', 'Мероприятия', 'Events'),
  Directory: t('Анықтамалық', 'Справочник', 'Directory'),
  Press: t('Баспасөз', 'Пресса', 'Press'),
  Administration: t('Әкімшілік', 'Администрирование', 'Administration'),
  Statistics: t('Статистика', 'Статистика', 'Statistics'),
}

const languageNames = {
  kk: t('Қазақ тілі', 'Казахский', 'Kazakh'),
  ru: t('Орыс тілі', 'Русский', 'Russian'),
  en: t('Ағылшын тілі', 'Английский', 'English'),
}

/** Fields that mean the same wherever they appear, by path. */
export const commonFields: Record<string, FieldLabels> = {
  title: { label: t('Атауы', 'Название', 'Title') },
  name: { label: t('Атауы', 'Название', 'Name') },
  slug: {
    label: t('URL атауы (slug)', 'Адрес в URL (slug)', 'URL slug'),
    description: t(
      'Латын әріптері, сандар және сызықша; бос қалса, атауынан толтырылады.',
      'Латинские буквы, цифры и дефисы; если пусто, заполняется из названия.',
      'Latin letters, digits and dashes; filled from the title if empty.',
    ),
  },
  kind: { label: t('Түрі', 'Вид', 'Kind') },
  region: { label: t('Өңір', 'Регион', 'Region') },
  summary: { label: t('Қысқаша сипаттама', 'Краткое описание', 'Summary') },
  body: { label: t('Мәтін', 'Текст', 'Body') },
  cover: { label: t('Мұқаба суреті', 'Обложка', 'Cover image') },
  description: { label: t('Сипаттама', 'Описание', 'Description') },
  phone: { label: t('Телефон', 'Телефон', 'Phone') },
  email: { label: t('Электрондық пошта', 'Электронная почта', 'E-mail') },
  onlineUrl: { label: t('Онлайн қатысу сілтемесі', 'Ссылка для онлайн-участия', 'Online link') },
  languages: {
    label: t('Жұмыс тілдері', 'Языки работы', 'Languages'),
    options: languageNames,
  },
  lat: { label: t('Ендік', 'Широта', 'Latitude') },
  lng: { label: t('Бойлық', 'Долгота', 'Longitude') },
  opens: { label: t('Ашылуы (СС:ММ)', 'Начало (ЧЧ:ММ)', 'Opens (HH:MM)') },
  closes: { label: t('Жабылуы (СС:ММ)', 'Окончание (ЧЧ:ММ)', 'Closes (HH:MM)') },
  // Upload collections: the fields Payload adds for the file itself.
  url: { label: t('URL мекенжайы', 'URL', 'URL') },
  thumbnailURL: { label: t('Нобайдың URL мекенжайы', 'URL миниатюры', 'Thumbnail URL') },
  filename: { label: t('Файл атауы', 'Имя файла', 'File name') },
  mimeType: { label: t('MIME түрі', 'MIME-тип', 'MIME type') },
  filesize: { label: t('Файл өлшемі', 'Размер файла', 'File size') },
  width: { label: t('Ені', 'Ширина', 'Width') },
  height: { label: t('Биіктігі', 'Высота', 'Height') },
  focalX: { label: t('Фокус нүктесі X', 'Фокус X', 'Focal point X') },
  focalY: { label: t('Фокус нүктесі Y', 'Фокус Y', 'Focal point Y') },
  sizes: { label: t('Өлшемдер', 'Размеры', 'Sizes') },
  // Added by Payload to every collection with translated labels of its own; listed for clarity.
  translationStatus: { label: t('Тілдер', 'Языки', 'Languages') },
  // The sidebar's draft preview (cms/lib/preview.ts, cms/components/PreviewButton.tsx).
  preview: { label: t('Алдын ала қарау', 'Предпросмотр', 'Preview') },
}

/** Image sizes the Media collection generates (cms/collections/Media.ts), each a group of file fields. */
const imageSize = (kk: string, ru: string, en: string): Record<string, FieldLabels> => {
  const out: Record<string, FieldLabels> = {}
  const key = en.toLowerCase()
  out[`sizes.${key}`] = { label: t(kk, ru, en) }
  for (const [field, entry] of Object.entries(commonFields)) {
    if (['url', 'width', 'height', 'mimeType', 'filesize', 'filename'].includes(field)) out[`sizes.${key}.${field}`] = entry
  }
  return out
}

export const collectionLabels: Record<string, EntityLabels> = {
  events: {
    singular: t('Іс-шара', 'Мероприятие', 'Event'),
    plural: t('Іс-шаралар', 'Мероприятия', 'Events'),
    fields: {
      format: { label: t('Өткізу форматы', 'Формат', 'Format') },
      status: { label: t('Күйі', 'Статус', 'Status') },
      startsAt: {
        label: t('Басталуы', 'Начало', 'Starts'),
        description: t('Қазақстан уақыты (UTC+5, Asia/Almaty).', 'Время Казахстана (UTC+5, Asia/Almaty).', 'Kazakhstan time (UTC+5, Asia/Almaty).'),
      },
      endsAt: { label: t('Аяқталуы', 'Окончание', 'Ends') },
      repeat: { label: t('Қайталау', 'Повторение', 'Repeat') },
      certificates: { label: t('Сертификаттар', 'Сертификаты', 'Certificates') },
      '(Place)': { label: t('Өтетін орны', 'Место проведения', 'Place') },
      venueOffice: { label: t('Медиация кабинеті', 'Кабинет медиации', 'Office') },
      venueAddress: {
        label: t('Мекенжайы', 'Адрес', 'Address'),
        description: t('Кабинетте өтпесе.', 'Если место — не кабинет медиации.', 'When the venue is not an office.'),
      },
      audience: { label: t('Кімге арналған', 'Для кого', 'Audience') },
      speakers: {
        label: t('Спикерлер', 'Спикеры', 'Speakers'),
        labels: { singular: t('Спикер', 'Спикер', 'Speaker'), plural: t('Спикерлер', 'Спикеры', 'Speakers') },
      },
      'speakers.name': { label: t('Аты-жөні', 'Имя', 'Name') },
      'speakers.role': { label: t('Лауазымы, ұйымы', 'Должность, организация', 'Role') },
      registration: { label: t('Тіркелу', 'Регистрация', 'Registration') },
      'registration.enabled': { label: t('Сайтта тіркелу', 'Регистрация на сайте', 'Registration on the site') },
      'registration.capacity': {
        label: t('Орын саны', 'Число мест', 'Capacity'),
        description: t('Бос қалса, шектеу жоқ.', 'Пусто — без ограничения.', 'Seats; empty means no limit.'),
      },
      'registration.waitingList': {
        label: t('Орын біткенде күту тізімі', 'Лист ожидания, когда места заняты', 'Waiting list when the seats are taken'),
        description: t(
          'Өшірулі болса, орын біткенде жаңа тіркелу қабылданбайды.',
          'Выключено: при заполнении новые регистрации не принимаются.',
          'Off: a full event refuses new registrations instead.',
        ),
      },
      'registration.opensAt': { label: t('Тіркелу басталады', 'Регистрация открывается', 'Registration opens') },
      'registration.closesAt': {
        label: t('Тіркелу аяқталады', 'Регистрация закрывается', 'Registration closes'),
        description: t('Әдепкіде іс-шара басталған сәт.', 'По умолчанию — начало мероприятия.', 'Defaults to the start of the event.'),
      },
      'registration.questions': {
        label: t('Қосымша сұрақтар', 'Дополнительные вопросы', 'Extra questions'),
        description: t(
          'Тіркелу формасындағы іс-шараның өз сұрақтары (10-ға дейін).',
          'Собственные вопросы мероприятия в форме регистрации (до 10).',
          'The event’s own questions on the registration form (up to 10).',
        ),
        labels: { singular: t('Сұрақ', 'Вопрос', 'Question'), plural: t('Сұрақтар', 'Вопросы', 'Questions') },
      },
      'registration.questions.kind': {
        label: t('Жауап түрі', 'Тип ответа', 'Answer type'),
        options: {
          text: t('Мәтін', 'Текст', 'Text'),
          choice: t('Тізімнен таңдау', 'Выбор из списка', 'Choice'),
          yesno: t('Иә / жоқ', 'Да / нет', 'Yes / no'),
        },
      },
      'registration.questions.required': { label: t('Міндетті', 'Обязательный', 'Required') },
      'registration.questions.key': {
        label: t('Кілт', 'Ключ', 'Key'),
        description: t(
          'Өздігінен толтырылады (q1, q2…); тіркелу басталған соң өзгертпеңіз.',
          'Заполняется сам (q1, q2…); не меняйте, когда регистрации уже есть.',
          'Filled automatically (q1, q2…); keep it once registrations exist.',
        ),
      },
      'registration.questions.label': { label: t('Сұрақ мәтіні', 'Текст вопроса', 'Question') },
      'registration.questions.options': {
        label: t('Жауап нұсқалары', 'Варианты ответа', 'Options'),
        labels: { singular: t('Нұсқа', 'Вариант', 'Option'), plural: t('Нұсқалар', 'Варианты', 'Options') },
      },
      'registration.questions.options.label': { label: t('Нұсқа', 'Вариант', 'Option') },
      outcomes: {
        label: t('Қорытындылар', 'Итоги', 'Outcomes'),
        description: t('Іс-шарадан кейін толтырылады.', 'Заполняется после мероприятия.', 'After the event.'),
      },
      'outcomes.participants': { label: t('Қатысушылар саны', 'Число участников', 'Participants') },
      'outcomes.certificatesIssued': { label: t('Берілген сертификаттар', 'Выдано сертификатов', 'Certificates issued') },
      'outcomes.summary': { label: t('Қорытынды', 'Итоги', 'Summary') },
      'outcomes.consultations': { label: t('Кеңес берілді', 'Проведено консультаций', 'Consultations') },
      'outcomes.agreements': { label: t('Медиативтік келісімдер', 'Медиативных соглашений', 'Mediation agreements') },
      'outcomes.photos': { label: t('Фотосуреттер', 'Фотографии', 'Photos') },
      'outcomes.report': { label: t('Есеп (файл)', 'Отчёт (файл)', 'Report (file)') },
      registrations: { label: t('Тіркелгендер', 'Регистрации', 'Registrations') },
    },
  },
  'open-door-days': {
    singular: t('Ашық есік күні', 'День открытых дверей', 'Open-door day'),
    plural: t('Ашық есік күндері', 'Дни открытых дверей', 'Open-door days'),
    fields: {
      date: { label: t('Күні', 'Дата', 'Date') },
      allOffices: {
        label: t('Барлық кабинет пен диалог алаңында', 'Во всех кабинетах и диалоговых площадках', 'In every office and dialogue platform'),
      },
      participatingOffices: { label: t('Қатысатын кабинеттер', 'Участвующие кабинеты', 'Participating offices') },
      results: {
        label: t('Нәтижелері', 'Итоги', 'Results'),
        description: t('Күн өткен соң толтырылады.', 'Заполняется после дня открытых дверей.', 'Filled in after the day.'),
      },
      'results.offices': { label: t('Кабинеттер', 'Кабинеты', 'Offices') },
      'results.platforms': { label: t('Диалог алаңдары', 'Диалоговые площадки', 'Platforms') },
      'results.mediators': { label: t('Медиаторлар', 'Медиаторы', 'Mediators') },
      'results.appeals': { label: t('Өтініштер', 'Обращения', 'Appeals') },
      'results.agreements': { label: t('Медиациялық келісімдер', 'Медиативные соглашения', 'Agreements') },
      'results.consultations': { label: t('Кеңестер', 'Консультации', 'Consultations') },
      'results.pending': { label: t('Қаралуда', 'На рассмотрении', 'Pending') },
      'results.summary': { label: t('Қорытынды', 'Итоги', 'Summary') },
    },
  },
  publications: {
    singular: t('Жарияланым', 'Публикация', 'Publication'),
    plural: t('Жарияланымдар', 'Публикации', 'Publications'),
    fields: {
      publishedOn: { label: t('Жарияланған күні', 'Дата публикации', 'Published on') },
      videoUrl: { label: t('Бейне сілтемесі', 'Ссылка на видео', 'Video link') },
      attachments: {
        label: t('Тіркелген файлдар', 'Вложения', 'Attachments'),
        labels: { singular: t('Файл', 'Вложение', 'Attachment'), plural: t('Файлдар', 'Вложения', 'Attachments') },
      },
      'attachments.file': { label: t('Файл', 'Файл', 'File') },
      'attachments.label': { label: t('Жазуы', 'Подпись', 'Label') },
      mediaKit: {
        labels: { singular: t('Медиа жинақ суреті', 'Изображение медиакита', 'Media kit image'), plural: t('Медиа жинақ', 'Медиакит', 'Media kit') },
      },
      'mediaKit.image': { label: t('Сурет', 'Изображение', 'Image') },
      pressContact: {
        label: t('Баспасөз байланысы', 'Контакт для прессы', 'Press contact'),
        description: t(
          'Ұйымның байланысы ғана, жеке телефон емес.',
          'Только контакт организации, не личный телефон.',
          'Organization contact, never a private phone.',
        ),
      },
    },
  },
  offices: {
    singular: t('Медиация кабинеті', 'Кабинет медиации', 'Office'),
    plural: t('Медиация кабинеттері', 'Кабинеты медиации', 'Offices'),
    fields: {
      name: { label: t('Атауы', 'Название', 'Name') },
      platformType: { label: t('Алаң түрі', 'Тип площадки', 'Platform type') },
      hostOrganization: { label: t('Орналасқан ұйым', 'Принимающая организация', 'Host organization') },
      settlement: { label: t('Елді мекен', 'Населённый пункт', 'Settlement') },
      address: { label: t('Мекенжайы', 'Адрес', 'Address') },
      hours: {
        label: t('Қабылдау уақыты', 'Часы приёма', 'Opening hours'),
        description: t(
          'Жергілікті уақыт (Asia/Almaty). Әр күн мен кезеңге бір жол.',
          'Местное время (Asia/Almaty). Одна строка на день и период.',
          'Local time (Asia/Almaty). One row per day and period.',
        ),
        labels: { singular: t('Қабылдау кезеңі', 'Часы приёма', 'Opening period'), plural: t('Қабылдау уақыты', 'Часы приёма', 'Opening hours') },
      },
      'hours.day': { label: t('Апта күні', 'День недели', 'Day') },
      'hours.opens': commonFields.opens!,
      'hours.closes': commonFields.closes!,
      exceptions: { label: t('Ерекше күндер', 'Особые дни', 'Exceptions') },
      'exceptions.date': { label: t('Күні', 'Дата', 'Date') },
      'exceptions.opens': commonFields.opens!,
      'exceptions.closes': commonFields.closes!,
    },
  },
  mediators: {
    singular: t('Медиатор', 'Медиатор', 'Mediator'),
    plural: t('Медиаторлар', 'Медиаторы', 'Mediators'),
    fields: {
      name: { label: t('Аты-жөні', 'ФИО', 'Full name') },
      registryNumber: { label: t('Тізілімдегі нөмірі', 'Номер в реестре', 'Registry number') },
      offices: { label: t('Кабинеттер', 'Кабинеты', 'Offices') },
      specializations: { label: t('Мамандануы', 'Специализации', 'Specializations') },
      photo: { label: t('Фотосурет', 'Фото', 'Photo') },
      bio: { label: t('Өзі туралы', 'О себе', 'Biography') },
      publishContacts: {
        label: t('Байланыс деректерін жариялау', 'Публиковать контакты', 'Publish contacts'),
        description: t(
          'Медиатордың төмендегі телефон мен поштаны жариялауға жазбаша келісімі.',
          'Письменное согласие медиатора на публикацию телефона и почты ниже.',
          'Written consent of the mediator to publish the phone and e-mail below.',
        ),
      },
    },
  },
  regions: {
    singular: t('Өңір', 'Регион', 'Region'),
    plural: t('Өңірлер', 'Регионы', 'Regions'),
    fields: {
      name: { label: t('Атауы', 'Название', 'Name') },
      code: {
        label: t('Коды', 'Код', 'Code'),
        description: t(
          'URL мен импортта қолданылатын тұрақты латын коды, мысалы "almaty-city".',
          'Постоянный латинский код для URL и импорта, например "almaty-city".',
          'Stable Latin code used in URLs and imports, e.g. "almaty-city".',
        ),
      },
      kind: {
        label: t('Түрі', 'Вид', 'Kind'),
        options: {
          region: t('Облыс', 'Область', 'Region (oblys)'),
          city: t('Республикалық маңызы бар қала', 'Город республиканского значения', 'City of republican significance'),
        },
      },
      centre: {
        label: t('Әкімшілік орталығы', 'Административный центр', 'Administrative centre'),
        description: t('Облыс орталығы.', 'Центр области.', 'Administrative centre'),
      },
    },
  },
  registrations: {
    singular: t('Тіркелу', 'Регистрация', 'Registration'),
    plural: t('Тіркелулер', 'Регистрации', 'Registrations'),
    fields: {
      event: { label: t('Іс-шара', 'Мероприятие', 'Event') },
      name: { label: t('Аты-жөні', 'Имя', 'Name') },
      organization: { label: t('Ұйым', 'Организация', 'Organization') },
      region: {
        label: t('Өңір', 'Регион', 'Region'),
        description: t('Қатысушы таңдаған өңір коды.', 'Код региона, выбранный участником.', 'Region code chosen by the participant.'),
      },
      consent: {
        label: t('Дербес деректерді өңдеуге келісім', 'Согласие на обработку персональных данных', 'Consent to personal-data processing'),
      },
      answers: {
        label: t('Сұрақтарға жауаптар', 'Ответы на вопросы', 'Answers'),
        description: t(
          'Іс-шара сұрақтарына жауаптар, сұрақ кілті бойынша.',
          'Ответы на вопросы мероприятия, по ключу вопроса.',
          'Answers to the event questions, by question key.',
        ),
      },
      consentVersion: {
        label: t('Келісім мәтінінің нұсқасы', 'Версия текста согласия', 'Consent version'),
        description: t(
          'Қатысушы қабылдаған келісім мәтінінің нұсқасы.',
          'Версия текста согласия, принятая участником.',
          'Version of the consent text the participant accepted.',
        ),
      },
      consentedAt: {
        label: t('Келісім берілген уақыт', 'Время согласия', 'Consented at'),
        description: t('Келісім берілген сәт.', 'Когда дано согласие.', 'When the consent was given.'),
      },
      locale: {
        label: t('Тіркелу тілі', 'Язык регистрации', 'Language'),
        description: t('Қатысушы тіркелген тіл.', 'Язык, на котором зарегистрировался участник.', 'Language the participant registered in.'),
        options: languageNames,
      },
      status: {
        label: t('Күйі', 'Статус', 'Status'),
        options: {
          confirmed: t('Расталды', 'Подтверждена', 'Confirmed'),
          waiting: t('Күту тізімінде', 'Лист ожидания', 'Waiting list'),
          cancelled: t('Бас тартылды', 'Отменена', 'Cancelled'),
          attended: t('Қатысты', 'Участвовал(а)', 'Attended'),
        },
      },
      seat: {
        label: t('Орын', 'Место', 'Seat'),
        description: t('Тіркелу расталғанда берілетін орын нөмірі.', 'Номер места, выдаётся при подтверждении.', 'Seat number, given when the registration is confirmed.'),
      },
      reference: {
        label: t('Тіркелу коды', 'Код регистрации', 'Reference'),
        description: t('Қатысушы айтатын код.', 'Код, который называет участник.', 'Code the participant quotes.'),
      },
      certificateCode: {
        label: t('Сертификат коды', 'Код сертификата', 'Certificate code'),
        description: t(
          'Сертификат коды; /{тіл}/verify/{код}/ бетінде тексеріледі.',
          'Код сертификата; проверяется на странице /{язык}/verify/{код}/.',
          'Code of the certificate, checked at /{lang}/verify/{code}/.',
        ),
      },
      certificateIssuedAt: {
        label: t('Сертификат берілген уақыт', 'Когда выдан сертификат', 'Certificate issued at'),
        description: t('Сертификат коды берілген сәт.', 'Когда выдан код сертификата.', 'When the certificate code was given.'),
      },
      actions: { label: t('Әрекеттер', 'Действия', 'Actions') },
    },
  },
  media: {
    singular: t('Сурет', 'Изображение', 'Image'),
    plural: t('Суреттер', 'Изображения', 'Images'),
    fields: {
      alt: { label: t('Баламалы мәтін', 'Альтернативный текст', 'Alt text') },
      credit: { label: t('Авторы', 'Автор', 'Credit') },
      ...imageSize('Нобай', 'Миниатюра', 'Thumbnail'),
      ...imageSize('Карточка', 'Карточка', 'Card'),
      ...imageSize('Үлкен сурет', 'Большое изображение', 'Hero'),
    },
  },
  documents: {
    singular: t('Құжат', 'Документ', 'Document'),
    plural: t('Құжаттар', 'Документы', 'Documents'),
    fields: {},
  },
  users: {
    singular: t('Пайдаланушы', 'Пользователь', 'User'),
    plural: t('Пайдаланушылар', 'Пользователи', 'Users'),
    fields: {
      name: { label: t('Аты-жөні', 'Имя', 'Name') },
      twoFactorEnabled: {
        label: t('Екі факторлы кіру қосулы', 'Двухфакторный вход включён', 'Two-factor sign-in on'),
        description: t(
          'Кіру кезінде құпиясөзден бөлек қолданбадағы 6 таңбалы код сұралады.',
          'При входе кроме пароля запрашивается 6-значный код из приложения.',
          'Signing in asks for a 6-digit code from the app besides the password.',
        ),
      },
      twoFactor: { label: t('Екі факторлы кіру', 'Двухфакторный вход', 'Two-factor sign-in') },
      roles: {
        label: t('Рөлдері', 'Роли', 'Roles'),
        options: {
          admin: t('Әкімші', 'Администратор', 'Administrator'),
          organizer: t('Ұйымдастырушы', 'Организатор', 'Organizer'),
          moderator: t('Модератор', 'Модератор', 'Moderator'),
          press: t('Баспасөз хатшысы', 'Пресс-секретарь', 'Press officer'),
        },
      },
      regions: {
        label: t('Өңірлері', 'Регионы', 'Regions'),
        description: t(
          'Өңірлік ұйымдастырушы тек осы өңірлердің іс-шараларын, кабинеттері мен медиаторларын өңдейді.',
          'Региональный организатор редактирует мероприятия, кабинеты и медиаторов только этих регионов.',
          'A regional organizer edits the events, offices and mediators of these regions only.',
        ),
      },
    },
  },
}

export const globalLabels: Record<string, EntityLabels> = {
  'press-contacts': {
    fields: {
      contacts: { labels: { singular: t('Байланыс', 'Контакт', 'Contact'), plural: t('Байланыстар', 'Контакты', 'Contacts') } },
    },
  },
  'site-build': {
    label: t('Жария сайттың күйі', 'Статус публичного сайта', 'Public site status'),
    fields: {
      state: {
        label: t('Күйі', 'Состояние', 'State'),
        description: t(
          'Соңғы аяқталған құрастырудың нәтижесі. Кезектегі және жүріп жатқан құрастыру басқару тақтасында көрсетіледі.',
          'Итог последней завершённой сборки. Сборки в очереди и идущие показаны на панели.',
          'Outcome of the last finished build. Queued and running builds are shown on the dashboard.',
        ),
        options: {
          idle: t('Күтуде', 'Ожидание', 'Idle'),
          succeeded: t('Сәтті', 'Успешно', 'Succeeded'),
          failed: t('Сәтсіз', 'С ошибкой', 'Failed'),
        },
      },
      liveBuild: {
        label: t('Жұмыс істеп тұрған нұсқа', 'Действующая сборка', 'Live build'),
        description: t('Сайтта тұрған құрастырудың қалтасы.', 'Папка сборки, которая сейчас на сайте.', 'Folder of the build that is live.'),
      },
      lastReason: { label: t('Соңғы себебі', 'Последняя причина', 'Last reason') },
      lastStartedAt: { label: t('Соңғы басталуы', 'Последний запуск', 'Last started') },
      lastSucceededAt: { label: t('Соңғы сәтті құрастыру', 'Последняя успешная сборка', 'Last succeeded') },
      lastFailedAt: { label: t('Соңғы сәтсіз құрастыру', 'Последняя неудачная сборка', 'Last failed') },
      lastDurationMs: { label: t('Ұзақтығы, мс', 'Длительность, мс', 'Duration, ms') },
      pagesPerLocale: { label: t('Тіл бойынша беттер', 'Страниц по языкам', 'Pages per language') },
      lastError: {
        label: t('Соңғы қате', 'Последняя ошибка', 'Last error'),
        description: t(
          'Соңғы құрастыру сәтті болса, бос. Сәтсіз болғанда сайттың алдыңғы нұсқасы қалады.',
          'Пусто, если последняя сборка успешна. После ошибки остаётся прежний сайт.',
          'Empty when the last build succeeded. The previous site stays live after a failure.',
        ),
      },
    },
  },
}

/**
 * The organizer's registration actions (cms/components/RegistrationActions.tsx, SendCertificates.tsx):
 * "give a seat now" on a waiting registration, certificates for attended ones. The server's answers
 * are in cms/core/organizerActions.ts.
 */
export const registrationActionLabels = {
  giveSeat: t('Қазір орын беру', 'Выделить место сейчас', 'Give a seat now'),
  giveSeatHelp: t(
    'Осы адамға күту кезегін күттірмей бос орын береді. Бос орын болмаса, алдымен іс-шараның орын санын көбейтіңіз.',
    'Даёт этому человеку свободное место вне очереди. Если свободных мест нет, сначала увеличьте число мест мероприятия.',
    'Gives this person a free seat ahead of the queue. If no seat is free, raise the event’s number of seats first.',
  ),
  sendOne: t('Сертификатты жіберу', 'Отправить сертификат', 'Send the certificate'),
  sendAll: t('Қатысқандарға сертификат жіберу', 'Отправить сертификаты участникам', 'Send certificates to attended participants'),
  sendHelp: t(
    'PDF сертификат қатысушының тілінде хатпен жіберіледі. Қайта жіберу сол кодты пайдаланады.',
    'PDF-сертификат отправляется письмом на языке участника. Повторная отправка использует тот же код.',
    'The PDF certificate is e-mailed in the participant’s language. Sending again reuses the same code.',
  ),
  saveFirst: t('Алдымен сақтаңыз.', 'Сначала сохраните.', 'Save first.'),
}
