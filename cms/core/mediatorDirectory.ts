/**
 * The mediator directory as the browser filters it: one compact row per mediator (published,
 * active, and in a production build never a demo record), filtered by region, specialization,
 * language and kind. Contacts are never in it: a mediator's page shows them only with consent.
 */
import { locales, type Locale } from './locales'
import { mediatorKinds, specializations, type MediatorKind, type Specialization } from './vocabulary'

/** [slug, name, kind index, region code, specializations bitmask, languages bitmask]. */
export type DirectoryRow = [slug: string, name: string, kind: number, region: string, specializations: number, languages: number]

const mask = <T extends string>(list: readonly T[], values: readonly string[] | null | undefined) =>
  (values ?? []).reduce((m, v) => (list.includes(v as T) ? m | (1 << list.indexOf(v as T)) : m), 0)

export function directoryRow(m: {
  slug: string
  name: string
  kind: MediatorKind | string
  region: string
  specializations?: readonly string[] | null
  languages?: readonly string[] | null
}): DirectoryRow {
  return [m.slug, m.name, Math.max(0, mediatorKinds.indexOf(m.kind as MediatorKind)), m.region, mask(specializations, m.specializations), mask(locales, m.languages)]
}

export type DirectoryFilter = { region?: string; specialization?: Specialization | ''; language?: Locale | ''; kind?: MediatorKind | '' }

/** The rows matching every filter that is set. */
export function filterDirectory(rows: DirectoryRow[], f: DirectoryFilter): DirectoryRow[] {
  const spec = f.specialization ? 1 << specializations.indexOf(f.specialization) : 0
  const lang = f.language ? 1 << locales.indexOf(f.language) : 0
  const kind = f.kind ? mediatorKinds.indexOf(f.kind) : -1
  return rows.filter((r) => (!f.region || r[3] === f.region) && (!spec || r[4] & spec) && (!lang || r[5] & lang) && (kind < 0 || r[2] === kind))
}

export const rowSpecializations = (row: DirectoryRow) => specializations.filter((_, i) => row[4] & (1 << i))
export const rowKind = (row: DirectoryRow) => mediatorKinds[row[2]] ?? 'public'
