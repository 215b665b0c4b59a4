import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import type { Locale } from '../core/locales'
import { requiredLocalizedFields } from './withAdminLabels'

export type MissingGroup = {
  slug: string
  /** The collection's plural label as configured ({ kk, ru, en } or a string). */
  label: unknown
  total: number
  docs: Array<{ id: string | number; titles: Record<string, string | null | undefined> | string | undefined }>
}

/**
 * Per collection with required translated fields: the documents (drafts included) where one of
 * them is empty in `locale`, newest first, at most `limit` each, with their titles in every
 * language. Reads with the user's access, so nobody learns of documents they cannot open.
 */
export async function missingTranslations(
  payload: Payload,
  locale: Locale,
  { limit = 5, user }: { limit?: number; user?: TypedUser | null } = {},
): Promise<MissingGroup[]> {
  const groups: MissingGroup[] = []
  for (const collection of payload.config.collections) {
    const fields = requiredLocalizedFields(collection.fields)
    if (fields.length === 0 || collection.admin?.hidden === true) continue
    const slug = collection.slug as CollectionSlug
    const where: Where = { or: fields.map((f) => ({ [f]: { exists: false } })) }
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const result = await payload.find({
      collection: slug,
      where,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      limit,
      sort: '-updatedAt',
      select: { [titleField]: true } as never,
      user: user ?? undefined,
      overrideAccess: !user,
    })
    if (result.totalDocs === 0) continue
    const ids = (result.docs as Array<{ id: string | number }>).map((d) => d.id)
    const titles = await payload.find({
      collection: slug,
      where: { id: { in: ids } },
      locale: 'all',
      draft: true,
      depth: 0,
      limit,
      select: { [titleField]: true } as never,
      overrideAccess: true,
    })
    const titleOf = (id: string | number) =>
      ((titles.docs as Array<{ id: string | number }>).find((d) => d.id === id) as Record<string, unknown> | undefined)?.[titleField] as MissingGroup['docs'][number]['titles']
    groups.push({ slug, label: collection.labels?.plural, total: result.totalDocs, docs: ids.map((id) => ({ id, titles: titleOf(id) })) })
  }
  return groups
}
