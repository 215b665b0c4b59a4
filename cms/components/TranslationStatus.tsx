import type { CollectionSlug, Payload } from 'payload'
import type { CSSProperties } from 'react'

import { requiredLocalizedFields } from '../admin/withAdminLabels'
import { locales } from '../core/locales'
import { translationStatus } from '../core/translationStatus'
import { translationLabelsFor } from './translationStatusLabels'

type Props = {
  payload?: Payload
  collectionSlug?: string
  rowData?: { id?: string | number }
  data?: { id?: string | number }
  id?: string | number
  i18n?: { language?: string }
}

const badge = (ok: boolean): CSSProperties => ({
  display: 'inline-block',
  minWidth: '2.2em',
  marginRight: '0.25em',
  padding: '0 0.35em',
  borderRadius: '3px',
  textAlign: 'center',
  fontSize: '0.85em',
  fontWeight: 600,
  border: '1px solid var(--theme-elevation-250)',
  color: ok ? 'var(--theme-success-750, #14532d)' : 'var(--theme-elevation-500)',
  background: ok ? 'var(--theme-success-100, #dcfce7)' : 'transparent',
  textDecoration: ok ? 'none' : 'line-through',
})

/** Reads the document's required translated fields in every language (no fallback). */
async function statusOf(payload: Payload, slug: string, id: string | number) {
  const config = payload.collections[slug as CollectionSlug]?.config
  if (!config) return null
  const fields = requiredLocalizedFields(config.fields)
  if (fields.length === 0) return null
  const doc = await payload
    .findByID({
      collection: slug as CollectionSlug,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      select: Object.fromEntries(fields.map((f) => [f, true])) as never,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  return doc ? translationStatus(doc as Record<string, unknown>, fields) : null
}

async function Badges({ payload, collectionSlug, id, i18n }: Props & { id?: string | number }) {
  const t = translationLabelsFor(i18n?.language)
  if (!payload || !collectionSlug || id == null) return <span>{t.unsaved}</span>
  const status = await statusOf(payload, collectionSlug, id)
  if (!status) return null
  return (
    <span data-testid="translation-status">
      {locales.map((l) => {
        const name = t.languageName[l]
        const text = status[l] ? t.present(name) : t.missing(name)
        return (
          <span key={l} style={badge(status[l])} title={text} aria-label={text} data-locale={l} data-present={status[l]}>
            {l}
          </span>
        )
      })}
    </span>
  )
}

/** List column: which of kk/ru/en the row's document has. */
export async function TranslationStatusCell(props: Props) {
  return <Badges {...props} id={props.rowData?.id} />
}

/** Edit view sidebar: the same, for the document being edited. */
export async function TranslationStatusField(props: Props & { field?: { label?: unknown } }) {
  const label = props.field?.label
  const language = props.i18n?.language ?? 'ru'
  const heading =
    typeof label === 'function'
      ? (label as (args: { i18n: { language: string } }) => string)({ i18n: { language } })
      : typeof label === 'string'
        ? label
        : (label as Record<string, string> | undefined)?.[language]
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }}>
      <div className="field-label">{heading}</div>
      <Badges {...props} id={props.data?.id ?? props.id} />
    </div>
  )
}
