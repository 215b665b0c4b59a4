import { ValidationError, type CollectionAfterErrorHook, type CollectionBeforeChangeHook, type CollectionConfig, type Field, type PayloadRequest } from 'payload'

import { anyone, isModeratorOrAdmin } from '../access'
import { localeOr, type Locale } from '../core/locales'
import type { Quarter } from '../core/openDoorDays'
import {
  indicatorKey,
  indicatorMessage,
  indicatorProblems,
  statisticsMessages,
  type IndicatorInput,
  type IndicatorMetric,
} from '../core/statistics'
import { publicCollectionHooks } from '../hooks/scheduleSiteRebuild'

/** The editor's language: the admin's interface language, else the content locale. */
const langOf = (req: PayloadRequest): Locale => localeOr(req.i18n?.language, localeOr(req.locale))

type Row = Record<string, unknown>

/** The row as the rules see it: sibling data of a field is the whole row (all fields are top level). */
function asInput(data: Row | undefined): IndicatorInput {
  const row = data ?? {}
  const out: IndicatorInput = {}
  for (const [k, v] of Object.entries(row)) if (typeof v === 'number') (out as Record<string, number>)[k] = v
  out.year = typeof row.year === 'number' ? row.year : null
  out.quarter = row.quarter ? (Number(row.quarter) as Quarter) : null
  return out
}

/** A field's validator: the row's problems that belong to this field, in the editor's language. */
const validateField =
  (field: IndicatorMetric | 'year' | 'quarter') =>
  (_value: unknown, { siblingData, req }: { siblingData: Row; req: PayloadRequest }): true | string => {
    const row = asInput(siblingData)
    const problem = indicatorProblems(row, new Date()).find((p) => p.field === field)
    return problem ? indicatorMessage(problem, row, langOf(req)) : true
  }

const count = (name: IndicatorMetric, label: Record<Locale, string>, description?: Record<Locale, string>): Field => ({
  name,
  type: 'number',
  label,
  admin: { step: 1, ...(description && { description }) },
  validate: validateField(name) as never,
})

/** Fills the one-row-per-scope-and-period key that the unique index guards. */
const fillKey: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Row
  const regionRef = merged.region as number | string | { id: number | string; code?: string } | null | undefined
  let code: string | null = null
  if (regionRef && typeof regionRef === 'object') code = regionRef.code ?? null
  if (regionRef && !code) {
    const id = typeof regionRef === 'object' ? regionRef.id : regionRef
    const region = await req.payload.findByID({ collection: 'regions', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    code = region?.code ?? String(id)
  }
  const quarter = merged.quarter ? (Number(merged.quarter) as Quarter) : null
  return { ...data, key: indicatorKey(code, { year: Number(merged.year), quarter }) }
}

/**
 * The unique index answers a second row for the same region and period with Payload's generic
 * "value must be unique" on the hidden key; the admin and the API get the reason, on the period field.
 */
const explainDuplicate: CollectionAfterErrorHook = ({ error, req, result }) => {
  const errors = error instanceof ValidationError ? (error.data?.errors ?? []) : []
  if (!errors.some((e) => e.path === 'key')) return
  const message = statisticsMessages[langOf(req)].duplicate
  return {
    status: 400,
    response: {
      ...result,
      errors: [{ name: 'ValidationError', message, data: { collection: 'indicators', errors: [{ path: 'quarter', message }] } }],
    },
  }
}

/**
 * The network's figures, one row per region (or the whole country) and quarter (or year, when a
 * document gives only yearly figures), each with its source. Event outcomes and open-door day
 * results are not typed here again: cms/core/statistics.ts rolls them up into the same views.
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: {
    singular: { kk: 'Көрсеткіштер жолы', ru: 'Строка показателей', en: 'Indicators row' },
    plural: { kk: 'Көрсеткіштер', ru: 'Показатели', en: 'Indicators' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'region', 'year', 'quarter', 'appeals', 'agreements'],
    group: 'Statistics',
    description: {
      kk: 'Өңір (немесе бүкіл ел) мен тоқсан бойынша бір жол. Іс-шаралар мен есік ашық күндерінің қорытындылары автоматты түрде қосылады.',
      ru: 'Одна строка на регион (или всю страну) и квартал. Итоги мероприятий и дней открытых дверей учитываются автоматически, вводить их повторно не нужно.',
      en: 'One row per region (or the whole country) and quarter. Event outcomes and open-door day results are added automatically; do not type them again.',
    },
  },
  // The network's official figures: moderators and admins enter them.
  access: { read: anyone, create: isModeratorOrAdmin, update: isModeratorOrAdmin, delete: isModeratorOrAdmin },
  hooks: {
    ...publicCollectionHooks,
    beforeChange: [fillKey],
    afterError: [explainDuplicate],
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      label: { kk: 'Кілт', ru: 'Ключ', en: 'Key' },
      admin: { readOnly: true, position: 'sidebar', description: { kk: 'Өңір/кезең, автоматты', ru: 'Регион/период, заполняется сам', en: 'Region/period, filled in automatically' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'relationship',
          relationTo: 'regions',
          index: true,
          label: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
          admin: { description: { kk: 'Бос: бүкіл Қазақстан', ru: 'Пусто: весь Казахстан', en: 'Empty: the whole of Kazakhstan' } },
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          label: { kk: 'Жыл', ru: 'Год', en: 'Year' },
          validate: validateField('year') as never,
        },
        {
          name: 'quarter',
          type: 'select',
          label: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
          options: (['1', '2', '3', '4'] as const).map((value, i) => ({
            value,
            label: { kk: `${['I', 'II', 'III', 'IV'][i]} тоқсан`, ru: `${['I', 'II', 'III', 'IV'][i]} квартал`, en: `Q${value}` },
          })),
          admin: { description: { kk: 'Бос: бүкіл жыл', ru: 'Пусто: за весь год', en: 'Empty: the whole year' } },
          validate: validateField('quarter') as never,
        },
      ],
    },
    {
      name: 'source',
      type: 'text',
      localized: true,
      required: true,
      label: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
      admin: { description: { kk: 'Құжат атауы, мысалы тоқсандық анықтама', ru: 'Название документа, например квартальная справка', en: 'The document, e.g. the quarterly report' } },
    },
    {
      name: 'periodNote',
      type: 'text',
      localized: true,
      label: { kk: 'Кезең туралы', ru: 'О периоде', en: 'About the period' },
      admin: { description: { kk: 'Мысалы: 2023 жылғы 1 қазандағы жағдай', ru: 'Например: по состоянию на 1 октября 2023 года', en: 'E.g. as of 1 October 2023' } },
    },
    {
      type: 'collapsible',
      label: { kk: 'Алаңдар мен медиаторлар', ru: 'Площадки и медиаторы', en: 'Sites and mediators' },
      fields: [
        {
          type: 'row',
          fields: [
            count('sitesOffices', { kk: 'Медиация кабинеттері', ru: 'Кабинеты медиации', en: 'Mediation offices' }),
            count('sitesPlatforms', { kk: 'Диалог алаңдары', ru: 'Диалоговые площадки', en: 'Dialogue platforms' }),
            count('sitesTotal', { kk: 'Алаңдар барлығы', ru: 'Всего площадок', en: 'Sites in total' }, { kk: 'Құжатта берілгендей', ru: 'Как указано в документе', en: 'As the document gives it' }),
          ],
        },
        {
          type: 'row',
          fields: [
            count('mediatorsProfessional', { kk: 'Кәсіби медиаторлар', ru: 'Профессиональные медиаторы', en: 'Professional mediators' }),
            count('mediatorsPublic', { kk: 'Қоғамдық медиаторлар', ru: 'Общественные медиаторы', en: 'Public mediators' }),
            count('mediatorsTotal', { kk: 'Медиаторлар барлығы', ru: 'Всего медиаторов', en: 'Mediators in total' }),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { kk: 'Өтініштер', ru: 'Обращения', en: 'Appeals' },
      fields: [
        {
          type: 'row',
          fields: [
            count('appeals', { kk: 'Өтініштер', ru: 'Обращения', en: 'Appeals' }),
            count('courtReferrals', { kk: 'Соттан жіберілгені', ru: 'По направлению судов', en: 'Referred by courts' }),
          ],
        },
        {
          type: 'row',
          fields: [
            count('consultations', { kk: 'Кеңеспен шешілді', ru: 'Разрешены консультацией', en: 'Resolved by consultation' }),
            count('agreements', { kk: 'Медиативтік келісіммен', ru: 'Заключено медиативных соглашений', en: 'Resolved by agreement' }),
            count('pending', { kk: 'Қаралуда', ru: 'На рассмотрении', en: 'Pending' }),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { kk: 'Іс-шаралар мен жарияланымдар', ru: 'Мероприятия и публикации', en: 'Events and publications' },
      fields: [
        {
          type: 'row',
          fields: [
            count('events', { kk: 'Іс-шаралар', ru: 'Мероприятия', en: 'Events' }, {
              kk: 'Бос қалса, сайттағы іс-шаралардан есептеледі',
              ru: 'Если пусто, считается по мероприятиям на сайте',
              en: 'Left empty, counted from the events on the site',
            }),
            count('peopleReached', { kk: 'Қамтылған адамдар', ru: 'Охват, человек', en: 'People reached' }, {
              kk: 'Бос қалса, іс-шаралар қатысушыларынан есептеледі',
              ru: 'Если пусто, суммируется по участникам мероприятий',
              en: 'Left empty, summed from the events’ participants',
            }),
            count('publications', { kk: 'Жарияланымдар (БАҚ, әлеуметтік желілер)', ru: 'Публикации (СМИ, соцсети)', en: 'Publications (media, social networks)' }),
          ],
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: { kk: 'Ескертпе', ru: 'Примечание', en: 'Note' },
      admin: { description: { kk: 'Санмен берілмейтін мәліметтер', ru: 'Сведения, которых нет в числах', en: 'What the numbers do not say' } },
    },
  ],
}
