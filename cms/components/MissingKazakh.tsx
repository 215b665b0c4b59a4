import type { CollectionSlug, ServerProps, Where } from 'payload'
import type { CSSProperties } from 'react'

import { isStaffUser } from '../access'
import { requiredLocalizedFields } from '../admin/withAdminLabels'
import { defaultLocale } from '../core/locales'
import { translationLabelsFor } from './translationStatusLabels'

/** How many documents per collection the panel names; the count covers the rest. */
const PER_COLLECTION = 5

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}

type Label = string | Record<string, string> | undefined
const labelIn = (label: unknown, language: string): string => {
  const l = label as Label
  if (typeof l === 'string') return l
  return l?.[language] ?? l?.ru ?? ''
}

/**
 * Dashboard panel: documents that lack their Kazakh version (a required translated field empty in
 * kk), per collection, with links to edit them. Drafts count: the point is to fix them before publishing.
 */
export async function MissingKazakh({ payload, i18n, user }: ServerProps) {
  if (!payload || !isStaffUser(user as never)) return null
  const language = i18n?.language ?? 'ru'
  const t = translationLabelsFor(language)
  const adminRoute = payload.config.routes.admin

  const groups = []
  for (const collection of payload.config.collections) {
    const fields = requiredLocalizedFields(collection.fields)
    if (fields.length === 0 || collection.admin?.hidden === true) continue
    const where: Where = { or: fields.map((f) => ({ [f]: { exists: false } })) }
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const result = await payload
      .find({
        collection: collection.slug as CollectionSlug,
        where,
        locale: defaultLocale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        limit: PER_COLLECTION,
        sort: '-updatedAt',
        user,
        overrideAccess: false,
      })
      .catch(() => null)
    if (!result || result.totalDocs === 0) continue
    // Titles in the admin's language (or any), since the Kazakh one is what is missing.
    const titles = await payload
      .find({
        collection: collection.slug as CollectionSlug,
        where: { id: { in: result.docs.map((d) => d.id) } },
        locale: 'all',
        depth: 0,
        draft: true,
        limit: PER_COLLECTION,
        select: { [titleField]: true } as never,
        overrideAccess: true,
      })
      .catch(() => null)
    const titleOf = (id: string | number) => {
      const doc = titles?.docs.find((d) => d.id === id) as Record<string, unknown> | undefined
      const value = doc?.[titleField]
      if (typeof value === 'string') return value
      const byLocale = (value ?? {}) as Record<string, string | null>
      return byLocale[language] || byLocale.ru || byLocale.en || Object.values(byLocale).find(Boolean) || t.untitled
    }
    groups.push({
      slug: collection.slug,
      label: labelIn(collection.labels?.plural, language) || collection.slug,
      total: result.totalDocs,
      docs: result.docs.map((d) => ({ id: d.id, title: titleOf(d.id) })),
    })
  }

  return (
    <section style={box} aria-labelledby="missing-kazakh-title" data-testid="missing-kazakh">
      <h2 id="missing-kazakh-title" style={{ margin: '0 0 0.5rem' }}>
        {t.panelTitle}
      </h2>
      {groups.length === 0 ? (
        <p style={{ margin: 0 }}>{t.panelAllDone}</p>
      ) : (
        <dl style={{ margin: 0 }}>
          {groups.map((g) => (
            <div key={g.slug} style={{ marginBottom: '0.5rem' }}>
              <dt style={{ fontWeight: 600 }}>
                {g.label} ({t.panelCount(g.docs.length, g.total)})
              </dt>
              <dd style={{ margin: 0 }}>
                <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                  {g.docs.map((d) => (
                    <li key={String(d.id)}>
                      <a href={`${adminRoute}/collections/${g.slug}/${d.id}?locale=${defaultLocale}`}>{d.title}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
