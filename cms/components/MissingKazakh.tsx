import type { ServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { isStaffUser } from '../access'
import { missingTranslations } from '../admin/missingTranslations'
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

/** A title in the admin's language, else Russian, English, anything (the Kazakh one is what is missing). */
const titleIn = (titles: unknown, language: string): string => {
  if (typeof titles === 'string') return titles
  const byLocale = (titles ?? {}) as Record<string, string | null | undefined>
  return byLocale[language] || byLocale.ru || byLocale.en || Object.values(byLocale).find(Boolean) || ''
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

  const groups = (await missingTranslations(payload, defaultLocale, { limit: PER_COLLECTION, user: user as never }).catch(() => [])).map((g) => ({
    ...g,
    label: labelIn(g.label, language) || g.slug,
    docs: g.docs.map((d) => ({ id: d.id, title: titleIn(d.titles, language) || t.untitled })),
  }))

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
