import type { Access, FieldAccess, Where } from 'payload'

import { adminTwoFactorRequired, mustEnrollTwoFactor } from '../core/twoFactor'

/**
 * Roles. `organizer` is the regional organizer (the value name existing accounts already carry, so
 * they keep working without a data migration): they create and edit events, open-door
 * participation, offices and mediators of their own regions (`users.regions`) as drafts and
 * cannot publish. A `moderator` reviews and publishes everything; a `press` officer keeps the
 * publications (and the press contacts); an `admin` also manages accounts, regions and jobs.
 *
 * Every rule below is an access function, so it holds for REST, GraphQL, the admin panel and the
 * Local API with `overrideAccess: false` alike; region scoping returns a `Where` that the database
 * applies to reads, updates and deletes.
 */
export type Role = 'admin' | 'moderator' | 'organizer' | 'press'
export const roles: Role[] = ['admin', 'moderator', 'organizer', 'press']

type RegionRef = string | number | { id?: string | number | null } | null | undefined
type UserLike =
  | { roles?: Role[] | null; regions?: RegionRef[] | null; collection?: string; id?: string | number; twoFactorEnabled?: boolean | null }
  | null
  | undefined
type Data = Record<string, unknown> | undefined

/**
 * With `KELISIM_REQUIRE_ADMIN_2FA` on, an administrator without two-factor sign-in has no role at
 * all until they turn it on (cms/core/twoFactor.ts): every rule below refuses them, in REST,
 * GraphQL and the admin alike, and the admin sends them to its two-factor page.
 */
export function pendingTwoFactor(user: UserLike): boolean {
  return Boolean(user && user.collection === 'users' && mustEnrollTwoFactor(user, adminTwoFactorRequired(process.env)))
}

export function hasRole(user: UserLike, role: Role): boolean {
  return Boolean(user && user.collection === 'users' && user.roles?.includes(role) && !pendingTwoFactor(user))
}

function hasAnyRole(user: UserLike, wanted: Role[]): boolean {
  return wanted.some((role) => hasRole(user, role))
}

/** Anyone with a staff role: may enter the admin panel, see drafts and upload files. */
export function isStaffUser(user: UserLike): boolean {
  return hasAnyRole(user, roles)
}

/** Admins and moderators publish anything and see everything. */
export function isPublisher(user: UserLike): boolean {
  return hasAnyRole(user, ['admin', 'moderator'])
}

/** The ids of the regions a user works in (populated or not). */
export function userRegionIds(user: UserLike): Array<string | number> {
  return (user?.regions ?? [])
    .map((region) => (region && typeof region === 'object' ? region.id : region))
    .filter((id): id is string | number => id !== null && id !== undefined)
}

function sameId(a: unknown, b: string | number): boolean {
  const id = a && typeof a === 'object' ? (a as { id?: unknown }).id : a
  return id !== null && id !== undefined && String(id) === String(b)
}

const userOf = (req: { user?: unknown }) => req.user as UserLike

export const anyone: Access = () => true
export const nobody: Access = () => false
export const isAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin')
export const isStaff: Access = ({ req }) => isStaffUser(userOf(req))
export const nobodyField: FieldAccess = () => false
export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(userOf(req))
export const isModeratorOrAdmin: Access = ({ req }) => isPublisher(userOf(req))

/** Staff see drafts; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(userOf(req))) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/** Publications (and the press contacts): press officers, moderators and admins write them. */
export const isPressOrPublisher: Access = ({ req }) => hasAnyRole(userOf(req), ['admin', 'moderator', 'press'])

/**
 * A write by a regional organizer is a draft: `_status` must say so. Publishing (`published`) and
 * writes that would change the live document directly (no `_status`) are for moderators.
 */
function isDraftWrite(data: Data): boolean {
  return data?._status === 'draft'
}

/**
 * Create/update/delete of a collection whose documents belong to a region (field `regionField`):
 * admins and moderators always; regional organizers only for documents of their regions, only as
 * drafts, and never moving a document to a region that is not theirs.
 */
export function regionalWrite(regionField = 'region', { organizersDelete = false } = {}) {
  const write = (operation: 'create' | 'update' | 'delete'): Access =>
    ({ req, data }) => {
      const user = userOf(req)
      if (isPublisher(user)) return true
      if (!hasRole(user, 'organizer')) return false
      if (operation === 'delete' && !organizersDelete) return false
      const regions = userRegionIds(user)
      if (regions.length === 0) return false
      const body = data as Data
      if (operation !== 'delete' && body !== undefined) {
        if (!isDraftWrite(body)) return false
        const target = body[regionField]
        // No region named: the admin asking whether the create form may open (before any field is
        // filled), or a create that gets the organizer's own region (organizerRegionDefault).
        if (target !== undefined && !regions.some((id) => sameId(target, id))) return false
      }
      if (operation === 'create') return true
      const own: Where = { [regionField]: { in: regions } }
      return own
    }
  return { create: write('create'), update: write('update'), delete: write('delete') }
}

/**
 * The region field's default: a regional organizer's (first) region, so their new documents start
 * in it, and a create that names none is still theirs. Others choose.
 */
export const organizerRegionDefault = ({ user }: { user?: unknown }) =>
  hasRole(user as UserLike, 'organizer') && !isPublisher(user as UserLike) ? userRegionIds(user as UserLike)[0] : undefined

/**
 * Reads of a regional collection: the public and press see published documents; organizers also
 * see the drafts of their own regions; admins and moderators see everything.
 */
export function regionalRead(regionField = 'region'): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (isPublisher(user)) return true
    const published: Where = { _status: { equals: 'published' } }
    if (hasRole(user, 'organizer')) {
      const regions = userRegionIds(user)
      if (regions.length) return { or: [published, { [regionField]: { in: regions } }] }
    }
    return published
  }
}

/**
 * Nationwide documents with drafts (open-door days): admins and moderators write and publish;
 * regional organizers may edit (their offices' participation) as drafts, never create, publish
 * or delete.
 */
export const nationwideWrite = {
  create: isModeratorOrAdmin,
  update: (({ req, data }) => {
    const user = userOf(req)
    if (isPublisher(user)) return true
    if (!hasRole(user, 'organizer')) return false
    return data === undefined || isDraftWrite(data as Data)
  }) as Access,
  delete: isModeratorOrAdmin,
}

/** Press-owned documents with drafts (publications): press officers publish their own area. */
export const pressWrite = { create: isPressOrPublisher, update: isPressOrPublisher, delete: isPressOrPublisher }

/**
 * Registrations hold personal data: admins and moderators see all, regional organizers those of
 * events in their regions, nobody else (the public only creates them, through the form's rules).
 */
export const registrationsStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (isPublisher(user)) return true
  if (!hasRole(user, 'organizer')) return false
  const regions = userRegionIds(user)
  if (regions.length === 0) return false
  const ofOwnEvents: Where = { 'event.region': { in: regions } }
  return ofOwnEvents
}

/** Admins manage all users; anyone signed in may read and update their own account. */
export const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  if (!user?.id) return false
  return { id: { equals: user.id } }
}
