/**
 * The statistics views the pages and the CSV files share: the reported indicator rows merged with
 * the events' outcomes and the open-door days' results (cms/core/statistics.ts), read once per build.
 * Tables are described by metric keys; the pages put them into words with their UI strings.
 */
import type { Locale } from '../../cms/core/locales'
import { pickAny } from '../../cms/core/localize'
import type { Quarter } from '../../cms/core/openDoorDays'
import {
  comparePeriods,
  mergeFigures,
  nationwide,
  periodKey,
  type FigureRow,
  type IndicatorMetric,
  type Metric,
  type Period,
  type ReportedRow,
} from '../../cms/core/statistics'
import { getEvents, getIndicators, getOpenDoorDays, getRegions, type Indicator } from './cms'
import { derived } from './readTracking'

export { nationwide, periodKey, type FigureRow, type Metric, type Period }

const indicatorValues = (row: Indicator): ReportedRow['values'] => {
  const { sitesOffices, sitesPlatforms, sitesTotal, mediatorsProfessional, mediatorsPublic, mediatorsTotal, appeals, courtReferrals, consultations, agreements, pending, events, peopleReached, publications } = row
  return { sitesOffices, sitesPlatforms, sitesTotal, mediatorsProfessional, mediatorsPublic, mediatorsTotal, appeals, courtReferrals, consultations, agreements, pending, events, peopleReached, publications } satisfies Record<IndicatorMetric, number | null | undefined>
}

export const periodOf = (row: Pick<Indicator, 'year' | 'quarter'>): Period => ({ year: row.year, quarter: row.quarter ? (Number(row.quarter) as Quarter) : null })
const scopeOf = (row: Pick<Indicator, 'region'>) => row.region?.code ?? nationwide


export type Statistics = {
  rows: FigureRow[]
  /** The reported rows by `scope/period` key: their source, period note and note. */
  reported: Map<string, Indicator>
  regionName: (code: string, lang: Locale) => string
  openDoorDays: Awaited<ReturnType<typeof getOpenDoorDays>>
}

let statistics: (() => Promise<Statistics>) | undefined

/** Everything the statistics views need, computed once per build (its reads count for every page that uses it). */
export function getStatistics(now = new Date()): Promise<Statistics> {
  statistics ??= derived(async () => {
    const [indicators, events, openDoorDays, regions] = await Promise.all([getIndicators(), getEvents(), getOpenDoorDays(), getRegions()])
    const reported = new Map(indicators.map((r) => [`${scopeOf(r)}/${periodKey(periodOf(r))}`, r]))
    const rows = mergeFigures(
      indicators.map((r) => ({ scope: scopeOf(r), period: periodOf(r), values: indicatorValues(r) })),
      events.map((e) => ({
        startsAt: e.startsAt,
        region: e.region?.code ?? null,
        status: e.status,
        participants: e.outcomes?.participants,
        certificates: e.outcomes?.certificatesIssued,
      })),
      openDoorDays.map((d) => ({ date: d.date, ...d.results })),
      now,
    )
    const names = new Map(regions.map((r) => [r.code, r.name]))
    const regionName = (code: string, lang: Locale) => pickAny(names.get(code), lang) ?? code
    const withResults = openDoorDays.filter((d) => typeof d.results?.appeals === 'number').sort((a, b) => a.date.localeCompare(b.date))
    return { rows, reported, regionName, openDoorDays: withResults }
  })
  return statistics()
}

/** The source and period notes of a reported row, in the page language (with fallback). */
export function reportedTexts(stats: Statistics, scope: string, period: Period, lang: Locale) {
  const row = stats.reported.get(`${scope}/${periodKey(period)}`)
  if (!row) return undefined
  return { source: pickAny(row.source, lang), periodNote: pickAny(row.periodNote, lang), note: pickAny(row.note, lang) }
}

/** Nationwide rows in time order. */
export const nationwideRows = (stats: Statistics) => stats.rows.filter((r) => r.scope === nationwide)

/** The latest period that has figures for some region, and those regions' rows (largest reach first). */
export function latestRegional(stats: Statistics): { period: Period; rows: FigureRow[] } | undefined {
  const regional = stats.rows.filter((r) => r.scope !== nationwide)
  const last = regional.at(-1)
  if (!last) return undefined
  const rows = regional.filter((r) => comparePeriods(r.period, last.period) === 0)
  const reach = (r: FigureRow) => r.figures.peopleReached?.value ?? -1
  return { period: last.period, rows: rows.sort((a, b) => reach(b) - reach(a) || a.scope.localeCompare(b.scope)) }
}

/** Columns of the tables and CSV files, in order. */
export const tableColumns = {
  latest: ['sitesOffices', 'sitesPlatforms', 'sitesTotal', 'mediatorsProfessional', 'mediatorsPublic', 'mediatorsTotal', 'appeals', 'courtReferrals', 'consultations', 'agreements', 'pending', 'events', 'peopleReached', 'certificates', 'publications'],
  trend: ['events', 'peopleReached', 'appeals', 'consultations', 'agreements', 'openDoorAppeals'],
  network: ['sitesOffices', 'sitesPlatforms', 'sitesTotal', 'mediatorsTotal'],
  region: ['events', 'peopleReached', 'certificates', 'appeals', 'agreements'],
  openDoor: ['sitesOffices', 'sitesPlatforms', 'mediatorsTotal', 'appeals', 'consultations', 'agreements', 'pending'],
} as const satisfies Record<string, readonly Metric[]>

/** The CSV files of the statistics page, one per table. */
export const csvTables = ['figures', 'regions', 'open-door-days'] as const
export type CsvTable = (typeof csvTables)[number]
export const isCsvTable = (v: unknown): v is CsvTable => csvTables.some((t) => t === v)
