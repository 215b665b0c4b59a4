import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { clientIp } from './abuseGuard'

/**
 * The audit trail (collection `audit-log`): sign-ins, publishing and unpublishing, deletions, and
 * exports of personal data. Added to every collection in payload.config.ts (`withAudit`), so a
 * collection added later is covered without editing it. Entries are written with overrideAccess
 * in the request's transaction; a failure to write one is logged, never fails the user's action.
 * Changes without a signed-in user (seed, imports, jobs) are the system's, not audited.
 */

export const auditActions = [
  { value: 'sign-in', label: { kk: 'Кіру', ru: 'Вход', en: 'Sign-in' } },
  { value: 'publish', label: { kk: 'Жариялау', ru: 'Публикация', en: 'Publish' } },
  { value: 'unpublish', label: { kk: 'Жариялаудан алу', ru: 'Снятие с публикации', en: 'Unpublish' } },
  { value: 'delete', label: { kk: 'Жою', ru: 'Удаление', en: 'Delete' } },
  { value: 'export-personal-data', label: { kk: 'Дербес деректерді экспорттау', ru: 'Выгрузка персональных данных', en: 'Personal data export' } },
  { value: 'two-factor-on', label: { kk: 'Екі факторлы кіру қосылды', ru: 'Включён двухфакторный вход', en: 'Two-factor sign-in on' } },
  { value: 'two-factor-off', label: { kk: 'Екі факторлы кіру өшірілді', ru: 'Выключен двухфакторный вход', en: 'Two-factor sign-in off' } },
  { value: 'two-factor-reset', label: { kk: 'Екі факторлы кіру тасталды', ru: 'Сброшен двухфакторный вход', en: 'Two-factor sign-in reset' } },
  { value: 'send-certificates', label: { kk: 'Сертификаттарды жіберу', ru: 'Отправка сертификатов', en: 'Certificates sent' } },
  { value: 'give-seat', label: { kk: 'Күту тізімінен орын беру', ru: 'Место из листа ожидания', en: 'Seat given from the waiting list' } },
] as const
export type AuditAction = (typeof auditActions)[number]['value']

export const auditSlug = 'audit-log'

type Actor = { id?: string | number; email?: string; collection?: string } | null | undefined

export async function recordAudit(
  req: PayloadRequest,
  entry: { action: AuditAction; targetCollection?: string; targetId?: string | number; summary?: string; actor?: Actor },
): Promise<void> {
  const actor = (entry.actor ?? req.user) as Actor
  try {
    await req.payload.create({
      collection: auditSlug as never,
      data: {
        action: entry.action,
        actor: actor?.collection === 'users' || entry.actor ? actor?.id : undefined,
        actorEmail: actor?.email,
        targetCollection: entry.targetCollection,
        targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
        summary: entry.summary?.slice(0, 300),
        ip: req.headers?.get?.('x-forwarded-for') ? clientIp(req.headers.get('x-forwarded-for'), Boolean(process.env.KELISIM_TRUST_PROXY)) : undefined,
      } as never,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `audit entry not written: ${entry.action} ${entry.targetCollection ?? ''} ${entry.targetId ?? ''}` })
  }
}

const titleOf = (config: CollectionConfig, doc: Record<string, unknown>) => {
  const field = config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  return typeof value === 'string' ? value : typeof value === 'object' && value ? Object.values(value as Record<string, string>)[0] : String(doc.id)
}

const auditSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, { action: 'sign-in', actor: { ...(user as Actor), collection: 'users' }, targetCollection: 'users', targetId: (user as Actor)?.id })
}

/** The published state of the document itself (not its latest draft version, which hooks receive). */
async function mainStatus(req: PayloadRequest, collection: string, id: string | number): Promise<string | undefined> {
  const row = await req.payload.db.findOne({ collection: collection as never, where: { id: { equals: id } }, req })
  return (row as { _status?: string } | null)?._status
}

const statusKey = (slug: string, id: unknown) => `audit:status:${slug}:${String(id)}`

/** Before a change: remembers whether the document was live. */
function rememberStatus(config: CollectionConfig): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req }) => {
    if (req.user && operation === 'update' && originalDoc?.id !== undefined) {
      req.context[statusKey(config.slug, originalDoc.id)] = await mainStatus(req, config.slug, originalDoc.id)
    }
    return data
  }
}

/** After a change: a save as published is a publish; a live document that is no longer live, an unpublish. */
function auditChanges(config: CollectionConfig): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    if (!req.user) return doc
    const id = (doc as { id: string | number }).id
    let action: AuditAction | null = null
    if ((doc as { _status?: string })._status === 'published') action = 'publish'
    else if (req.context[statusKey(config.slug, id)] === 'published' && (await mainStatus(req, config.slug, id)) !== 'published') action = 'unpublish'
    if (action) await recordAudit(req, { action, targetCollection: config.slug, targetId: id, summary: titleOf(config, doc as Record<string, unknown>) })
    return doc
  }
}

function auditDelete(config: CollectionConfig): CollectionAfterDeleteHook {
  return async ({ doc, id, req }) => {
    if (!req.user) return
    await recordAudit(req, { action: 'delete', targetCollection: config.slug, targetId: id, summary: titleOf(config, doc as Record<string, unknown>) })
  }
}

/** Adds the audit hooks to every collection (sign-in on users, publish/unpublish on drafts, delete on all). */
export function withAudit(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (config.slug === auditSlug || config.slug.startsWith('payload-')) return config
    const hooks = { ...(config.hooks ?? {}) }
    if (config.auth) hooks.afterLogin = [...(hooks.afterLogin ?? []), auditSignIn]
    if (config.versions && typeof config.versions === 'object' && config.versions.drafts) {
      hooks.beforeChange = [...(hooks.beforeChange ?? []), rememberStatus(config)]
      hooks.afterChange = [...(hooks.afterChange ?? []), auditChanges(config)]
    }
    hooks.afterDelete = [...(hooks.afterDelete ?? []), auditDelete(config)]
    return { ...config, hooks }
  })
}
