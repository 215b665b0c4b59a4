/**
 * The statistics page's tables as static CSV files, one per language (column headings in the
 * page's language, numbers unformatted so spreadsheets read them as numbers):
 * /<lang>/statistics/figures.csv (every area and period with every figure, its source and where
 * each figure comes from), regions.csv (the regional rows) and open-door-days.csv.
 */
import type { APIRoute } from 'astro'

import { useTranslations, type UIKey } from '../../../i18n'
import { almatyDay } from '../../../../cms/core/format'
import { locales, type Locale } from '../../../../cms/core/locales'
import { formatPeriod, indicatorMetrics, nationwide, openDoorMetrics, toCsv, type FigureRow, type Metric } from '../../../../cms/core/statistics'
import { csvTables, getStatistics, reportedTexts, tableColumns, type CsvTable, type Statistics } from '../../../lib/statistics'

export function getStaticPaths() {
  return locales.flatMap((lang) => csvTables.map((table) => ({ params: { lang, table }, props: { lang, table } })))
}

const figureMetrics: Metric[] = [...indicatorMetrics, 'certificates', ...openDoorMetrics]

function figuresTable(stats: Statistics, rows: FigureRow[], lang: Locale) {
  const t = useTranslations(lang)
  const used = figureMetrics.filter((m) => rows.some((r) => r.figures[m]))
  const header = [
    t('statistics.scope'),
    t('statistics.period'),
    ...used.flatMap((m) => [t(`statistics.metric.${m}` as UIKey), `${t(`statistics.metric.${m}` as UIKey)}: ${t('statistics.origin')}`]),
    t('statistics.source'),
  ]
  const body = rows.map((r) => {
    const texts = reportedTexts(stats, r.scope, r.period, lang)
    return [
      r.scope === nationwide ? t('common.nationwide') : stats.regionName(r.scope, lang),
      formatPeriod(r.period, lang),
      ...used.flatMap((m) => {
        const f = r.figures[m]
        return [f?.value, f ? t(`statistics.origin.${f.origin}` as UIKey) : '']
      }),
      [texts?.source, texts?.periodNote].filter(Boolean).join('. '),
    ]
  })
  return [header, ...body]
}

function openDoorTable(stats: Statistics, lang: Locale) {
  const t = useTranslations(lang)
  const header = [t('statistics.date'), ...tableColumns.openDoor.map((m) => t(`statistics.metric.${m}` as UIKey))]
  const body = stats.openDoorDays.map((d) => {
    const r = d.results
    return [almatyDay(d.date), r?.offices, r?.platforms, r?.mediators, r?.appeals, r?.consultations, r?.agreements, r?.pending]
  })
  return [header, ...body]
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, table } = props as { lang: Locale; table: CsvTable }
  const stats = await getStatistics()
  const rows =
    table === 'figures'
      ? figuresTable(stats, stats.rows, lang)
      : table === 'regions'
        ? figuresTable(stats, stats.rows.filter((r) => r.scope !== nationwide), lang)
        : openDoorTable(stats, lang)
  // The byte-order mark lets spreadsheet programs read Kazakh and Russian as UTF-8.
  return new Response(`\ufeff${toCsv(rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
