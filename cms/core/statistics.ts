/**
 * The network's indicators: reporting periods (a quarter, or a whole year when a document gives
 * only yearly figures), the rules a row of figures must satisfy, and the roll-up that merges the
 * reported rows with what organizers already recorded elsewhere (event outcomes, open-door day
 * results), so no figure has to be typed twice.
 *
 * Pure: imports only cms/core.
 */
import type { Locale } from './locales'
import { quarterOf, type Quarter } from './openDoorDays'

// ---------------------------------------------------------------------------------------------
// Figures

/** Counts a row of indicators holds, in the order tables and the admin show them. */
export const indicatorMetrics = [
  'sitesOffices',
  'sitesPlatforms',
  'sitesTotal',
  'mediatorsProfessional',
  'mediatorsPublic',
  'mediatorsTotal',
  'appeals',
  'courtReferrals',
  'consultations',
  'agreements',
  'pending',
  'events',
  'peopleReached',
  'publications',
] as const
export type IndicatorMetric = (typeof indicatorMetrics)[number]

/** Figures the open-door days add to a quarter: kept apart from the quarter's reported appeals. */
export const openDoorMetrics = ['openDoorAppeals', 'openDoorConsultations', 'openDoorAgreements', 'openDoorPending'] as const
export type OpenDoorMetric = (typeof openDoorMetrics)[number]

export type Metric = IndicatorMetric | OpenDoorMetric | 'certificates'

/** Where a shown figure comes from: a reported row, the sum of events' outcomes, the open-door days. */
export type Origin = 'reported' | 'events' | 'openDoor'

// ---------------------------------------------------------------------------------------------
// Periods

/** A reporting period: a quarter, or a whole year (quarter null) when only yearly figures exist. */
export type Period = { year: number; quarter: Quarter | null }

/** '2023-Q3', or '2020' for a year: sorts in time order as a string within the same year range. */
export function periodKey(p: Period): string {
  return p.quarter ? `${p.year}-Q${p.quarter}` : String(p.year)
}

/** Time order; a whole year sorts after its quarters (its figures describe the year's end). */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || (a.quarter ?? 5) - (b.quarter ?? 5)
}

/** The scope of a row: the whole country, or a region's code (no region is coded 'kz'). */
export const nationwide = 'kz'

/**
 * The key that makes one row per scope and period: the unique index of the collection stores it,
 * so two rows for the same region and quarter cannot exist even when two saves race.
 */
export function indicatorKey(scope: string | number | null | undefined, p: Period): string {
  const where = scope === null || scope === undefined || scope === '' ? nationwide : String(scope)
  return `${where}/${periodKey(p)}`
}

/** The quarter (or year) has not begun yet in Kazakhstan time. */
export function isFuturePeriod(p: Period, now: Date): boolean {
  const current = quarterOf(now)
  if (p.year !== current.year) return p.year > current.year
  return p.quarter !== null && p.quarter > current.quarter
}

const roman = ['I', 'II', 'III', 'IV'] as const

/** 'III тоқсан 2023 ж.', 'III квартал 2023 г.', 'Q3 2023'; a year alone: '2020 ж.', '2020 г.', '2020'. */
export function formatPeriod(p: Period, lang: Locale): string {
  if (!p.quarter) return { kk: `${p.year} ж.`, ru: `${p.year} г.`, en: String(p.year) }[lang]
  const q = roman[p.quarter - 1]
  return { kk: `${p.year} ж. ${q} тоқсан`, ru: `${q} квартал ${p.year} г.`, en: `Q${p.quarter} ${p.year}` }[lang]
}

/** A period in a chart's narrow column: 'II/2023' (kk, ru), 'Q2 2023' (en); a year alone: '2020'. */
export function formatPeriodShort(p: Period, lang: Locale): string {
  if (!p.quarter) return String(p.year)
  return lang === 'en' ? `Q${p.quarter} ${p.year}` : `${roman[p.quarter - 1]}/${p.year}`
}

// ---------------------------------------------------------------------------------------------
// Validation

export type IndicatorInput = Partial<Record<IndicatorMetric, number | null | undefined>> & {
  year?: number | null
  quarter?: Quarter | null
}

export type IndicatorProblemCode = 'notCount' | 'yearInvalid' | 'future' | 'resolvedOverAppeals' | 'courtOverAppeals' | 'duplicate'
export type IndicatorProblem = { field: IndicatorMetric | 'year' | 'quarter'; code: IndicatorProblemCode }

const given = (v: number | null | undefined): v is number => typeof v === 'number' && !Number.isNaN(v)

/**
 * What is wrong with a row of figures, per field. The documents' own numbers satisfy every rule:
 * in Q3 2023 consultations + agreements = appeals (1,081 + 643 = 1,724, "all resolved"), on the
 * open-door day consultations + agreements + pending = appeals (1,852 + 34 + 51 = 1,937), and
 * court referrals are part of the appeals (161 of 1,724). Totals of sites are not checked against
 * their parts: the Q3 2023 report itself gives 485 sites as 20 + 1 + 465.
 */
export function indicatorProblems(row: IndicatorInput, now: Date): IndicatorProblem[] {
  const problems: IndicatorProblem[] = []
  for (const field of indicatorMetrics) {
    const v = row[field]
    if (v === null || v === undefined) continue
    if (!Number.isInteger(v) || v < 0) problems.push({ field, code: 'notCount' })
  }
  const year = row.year
  if (!given(year) || !Number.isInteger(year) || year < 2000) problems.push({ field: 'year', code: 'yearInvalid' })
  else if (isFuturePeriod({ year, quarter: row.quarter ?? null }, now)) problems.push({ field: row.quarter ? 'quarter' : 'year', code: 'future' })
  const counted = (f: IndicatorMetric) => (given(row[f]) && (row[f] as number) >= 0 ? (row[f] as number) : 0)
  if (given(row.appeals) && row.appeals >= 0) {
    const resolved = counted('consultations') + counted('agreements') + counted('pending')
    if (resolved > row.appeals) problems.push({ field: 'agreements', code: 'resolvedOverAppeals' })
    if (counted('courtReferrals') > row.appeals) problems.push({ field: 'courtReferrals', code: 'courtOverAppeals' })
  }
  return problems
}

const statisticsMessagesKk = {
  notCount: 'Тек бүтін оң сан немесе 0 енгізіңіз (теріс сан болмайды).',
  yearInvalid: 'Жылды төрт санмен жазыңыз, мысалы 2023.',
  future: 'Бұл кезең әлі басталған жоқ: болашақ тоқсанның көрсеткіштерін енгізуге болмайды.',
  resolvedOverAppeals: 'Келісіммен, кеңеспен шешілген және қаралудағы өтініштердің қосындысы ({{resolved}}) өтініштер санынан ({{appeals}}) аспауы керек.',
  courtOverAppeals: 'Соттан жіберілген өтініштер ({{court}}) барлық өтініштерден ({{appeals}}) аспауы керек.',
  duplicate: 'Бұл өңір мен кезеңге көрсеткіштер жолы бар. Жаңасын қоспай, бар жолды түзетіңіз.',
}
export type StatisticsMessages = { [K in keyof typeof statisticsMessagesKk]: string }

/** The refusals in the admin and the API, in the editor's language. */
export const statisticsMessages: Record<Locale, StatisticsMessages> = {
  kk: statisticsMessagesKk,
  ru: {
    notCount: 'Введите целое неотрицательное число (отрицательных значений не бывает).',
    yearInvalid: 'Укажите год четырьмя цифрами, например 2023.',
    future: 'Этот период ещё не начался: показатели будущего квартала вносить нельзя.',
    resolvedOverAppeals: 'Сумма обращений, разрешённых соглашением, консультацией и находящихся на рассмотрении ({{resolved}}), не может быть больше числа обращений ({{appeals}}).',
    courtOverAppeals: 'Обращений по направлению судов ({{court}}) не может быть больше, чем всех обращений ({{appeals}}).',
    duplicate: 'Для этого региона и периода строка показателей уже есть. Исправьте её вместо того, чтобы добавлять новую.',
  },
  en: {
    notCount: 'Enter a whole number, 0 or more (counts cannot be negative).',
    yearInvalid: 'Enter the year as four digits, e.g. 2023.',
    future: 'This period has not begun yet: figures for a future quarter cannot be entered.',
    resolvedOverAppeals: 'Appeals resolved by agreement, by consultation and pending ({{resolved}}) cannot add up to more than the appeals ({{appeals}}).',
    courtOverAppeals: 'Court referrals ({{court}}) cannot be more than all appeals ({{appeals}}).',
    duplicate: 'There is already a row of figures for this region and period. Correct that row instead of adding another.',
  },
}

/** The message for a problem, with the row's numbers filled in. */
export function indicatorMessage(problem: IndicatorProblem, row: IndicatorInput, lang: Locale): string {
  const n = (f: IndicatorMetric) => (given(row[f]) ? (row[f] as number) : 0)
  const values: Record<string, number> = {
    appeals: n('appeals'),
    resolved: n('consultations') + n('agreements') + n('pending'),
    court: n('courtReferrals'),
  }
  return statisticsMessages[lang][problem.code].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

// ---------------------------------------------------------------------------------------------
// Roll-up

/** A row as entered: its scope (nationwide or a region code) and period, and the counts given. */
export type ReportedRow = {
  scope: string
  period: Period
  values: Partial<Record<IndicatorMetric, number | null>>
}

/** What the roll-up needs of an event: when, where, whether it took place, and its outcome. */
export type EventForRollUp = {
  startsAt: string
  region: string | null
  status: string
  participants: number | null | undefined
  certificates: number | null | undefined
}

/** What the roll-up needs of an open-door day (always nationwide). */
export type OpenDoorForRollUp = {
  date: string
  appeals?: number | null
  consultations?: number | null
  agreements?: number | null
  pending?: number | null
}

export type Figure = { value: number; origin: Origin }

/** One scope and period with every figure known for it, each with where it comes from. */
export type FigureRow = {
  scope: string
  period: Period
  figures: Partial<Record<Metric, Figure>>
}

type Sums = { events: number; peopleReached: number; certificates: number }

/**
 * Events that took place (started before `now`, not cancelled or postponed), summed per quarter
 * for their region and for the whole country: how many, people reached, certificates.
 * Events without a recorded number of participants count as events but add no people.
 */
export function rollUpEvents(events: EventForRollUp[], now: Date): Map<string, { scope: string; period: Period; sums: Sums }> {
  const out = new Map<string, { scope: string; period: Period; sums: Sums }>()
  const add = (scope: string, period: Period, e: EventForRollUp) => {
    const key = `${scope}/${periodKey(period)}`
    const entry = out.get(key) ?? { scope, period, sums: { events: 0, peopleReached: 0, certificates: 0 } }
    entry.sums.events += 1
    entry.sums.peopleReached += Math.max(0, e.participants ?? 0)
    entry.sums.certificates += Math.max(0, e.certificates ?? 0)
    out.set(key, entry)
  }
  for (const e of events) {
    const start = new Date(e.startsAt)
    if (Number.isNaN(start.getTime()) || start > now || e.status === 'cancelled' || e.status === 'postponed') continue
    const { year, quarter } = quarterOf(start)
    const period = { year, quarter }
    add(nationwide, period, e)
    if (e.region) add(e.region, period, e)
  }
  return out
}

/** Open-door days with results, summed per quarter (one day per quarter by the rule; sums are safe). */
export function rollUpOpenDoorDays(days: OpenDoorForRollUp[]): Map<string, { period: Period; sums: Record<OpenDoorMetric, number> }> {
  const out = new Map<string, { period: Period; sums: Record<OpenDoorMetric, number> }>()
  for (const d of days) {
    if (!given(d.appeals)) continue
    const { year, quarter } = quarterOf(new Date(d.date))
    const period = { year, quarter }
    const key = periodKey(period)
    const entry = out.get(key) ?? { period, sums: { openDoorAppeals: 0, openDoorConsultations: 0, openDoorAgreements: 0, openDoorPending: 0 } }
    entry.sums.openDoorAppeals += d.appeals
    entry.sums.openDoorConsultations += d.consultations ?? 0
    entry.sums.openDoorAgreements += d.agreements ?? 0
    entry.sums.openDoorPending += d.pending ?? 0
    out.set(key, entry)
  }
  return out
}

/**
 * Every scope and period with its figures. A reported figure wins: the quarterly report already
 * counts the events of its quarter, so adding the events on top would count them twice. Where a
 * row leaves events or people reached empty, or there is no row, the events' outcomes fill them.
 * Open-door results are their own figures of the quarter, nationwide. Sorted by period, then scope.
 */
export function mergeFigures(rows: ReportedRow[], events: EventForRollUp[], openDoorDays: OpenDoorForRollUp[], now: Date): FigureRow[] {
  const out = new Map<string, FigureRow>()
  const entry = (scope: string, period: Period) => {
    const key = `${scope}/${periodKey(period)}`
    let row = out.get(key)
    if (!row) out.set(key, (row = { scope, period, figures: {} }))
    return row
  }
  for (const r of rows) {
    const row = entry(r.scope, r.period)
    for (const metric of indicatorMetrics) {
      const v = r.values[metric]
      if (given(v)) row.figures[metric] = { value: v, origin: 'reported' }
    }
  }
  for (const { scope, period, sums } of rollUpEvents(events, now).values()) {
    const row = entry(scope, period)
    row.figures.events ??= { value: sums.events, origin: 'events' }
    if (sums.peopleReached > 0) row.figures.peopleReached ??= { value: sums.peopleReached, origin: 'events' }
    if (sums.certificates > 0) row.figures.certificates = { value: sums.certificates, origin: 'events' }
  }
  for (const { period, sums } of rollUpOpenDoorDays(openDoorDays).values()) {
    const row = entry(nationwide, period)
    for (const metric of openDoorMetrics) row.figures[metric] = { value: sums[metric], origin: 'openDoor' }
  }
  return [...out.values()].sort((a, b) => comparePeriods(a.period, b.period) || a.scope.localeCompare(b.scope))
}

/** The most recent value of a figure in one scope, with its period; undefined when never given. */
export function latestFigure(rows: FigureRow[], scope: string, metric: Metric): (Figure & { period: Period }) | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!
    const figure = row.scope === scope ? row.figures[metric] : undefined
    if (figure) return { ...figure, period: row.period }
  }
  return undefined
}

/** CSV (RFC 4180): fields with commas, quotes or line breaks quoted; CRLF line ends. */
export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
