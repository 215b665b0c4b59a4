import type { Access, FieldAccess, Where } from 'payload'

export type Role = 'admin' | 'organizer'
export const roles: Role[] = ['admin', 'organizer']

type UserLike = { roles?: Role[] | null; collection?: string } | null | undefined

export function hasRole(user: UserLike, role: Role): boolean {
  return Boolean(user && user.collection === 'users' && user.roles?.includes(role))
}

export function isStaffUser(user: UserLike): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'organizer')
}

export const anyone: Access = () => true
export const nobody: Access = () => false
export const isAdmin: Access = ({ req }) => hasRole(req.user as UserLike, 'admin')
export const isStaff: Access = ({ req }) => isStaffUser(req.user as UserLike)
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user as UserLike, 'admin')
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user as UserLike)

/** Staff see drafts; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user as UserLike)) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/** Admins manage all users; anyone signed in may read and update their own account. */
export const adminOrSelf: Access = ({ req }) => {
  const user = req.user as (UserLike & { id?: string | number }) | null
  if (hasRole(user, 'admin')) return true
  if (!user?.id) return false
  return { id: { equals: user.id } }
}
