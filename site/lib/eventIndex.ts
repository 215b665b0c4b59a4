/**
 * The upcoming list's filter data in one language (cms/core/eventIndex.ts), split by month: the
 * manifest page (events/index.json) and the month pages (events/index/YYYY-MM.json) share one
 * build of it per language. The pages pass their translations (site/lib does not import site/i18n).
 */
import { buildEventIndex, splitEventIndex, type EventIndexManifest, type EventIndexMonth } from '../../cms/core/eventIndex'
import { almatyDay } from '../../cms/core/format'
import { locales, type Locale } from '../../cms/core/locales'
import { eventFormats, eventKinds, eventStatuses } from '../../cms/core/vocabulary'
import { entryHref, entryTitle, getCalendar, localName, splitByNow } from './calendar'
import { getRegions } from './cms'

/** The page's useTranslations(lang): the index carries kind, format and status labels in the page language. */
type Labels = (key: never) => string
type SplitIndex = { manifest: EventIndexManifest; months: Map<string, EventIndexMonth> }
const built = new Map<Locale, Promise<SplitIndex>>()

const dayOf = (minutes: number) => almatyDay(new Date(minutes * 60_000))

async function build(lang: Locale, labels: Labels): Promise<SplitIndex> {
  const t = labels as (key: string) => string
  const { upcoming } = splitByNow(await getCalendar(), new Date())
  const regions = (await getRegions()).map((r): [string, string] => [r.code, localName(r.name, lang) ?? r.code])
  const index = buildEventIndex(
    upcoming.map((e) => ({
      href: entryHref(lang, e),
      title: entryTitle(lang, e).text,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      region: e.region,
      kind: e.kind,
      format: e.format,
      status: e.status,
      languages: e.languages,
      audience: localName(e.audience, lang) ?? null,
      // The place is the venue office (events have no coordinates of their own).
      lat: e.venue?.lat,
      lng: e.venue?.lng,
    })),
    {
      regions,
      kinds: [...eventKinds.map((k): [string, string] => [k, t(`event.kind.${k}`)]), ['open-door-day', t('openDoor.title')]],
      formats: eventFormats.map((f): [string, string] => [f, t(`event.format.${f}`)]),
      statuses: eventStatuses.map((s): [string, string] => [s, t(`event.status.${s}`)]),
      languages: [...locales],
    },
  )
  return splitEventIndex(index, dayOf)
}

/** The language's index, built once per build. */
export function eventIndexFor(lang: Locale, t: Labels): Promise<SplitIndex> {
  let index = built.get(lang)
  if (!index) built.set(lang, (index = build(lang, t)))
  return index
}
