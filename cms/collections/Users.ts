import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, isStaffUser, roles } from '../access'
import { clearOnLogin, clearOnUnlock, enforcePasswordPolicy, guardLogin } from '../lib/loginGuard'
import { servedOverHttps } from '../lib/siteUrl'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ru: 'Пользователь' }, plural: { en: 'Users', ru: 'Пользователи' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'regions'], group: 'Administration' },
  auth: {
    // No per-account lock: anyone could lock any account for everyone. Sign-in is throttled per
    // address and per (account, address) instead, with one answer for every refusal
    // (cms/lib/loginGuard.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Behind HTTPS the session cookie is Secure (KELISIM_SITE_URL / KELISIM_CMS_URL say https).
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
  },
  hooks: {
    beforeOperation: [guardLogin],
    afterLogin: [clearOnLogin],
    afterOperation: [clearOnUnlock],
    beforeValidate: [enforcePasswordPolicy],
  },
  access: {
    // Only staff may enter the admin panel at all; only admins clear sign-in throttling.
    admin: ({ req }) => isStaffUser(req.user),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['organizer'],
      options: roles.map((r) => ({ label: r, value: r })),
      // Nobody grants themselves a role.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      // The regions a regional organizer works in: their events, offices and mediators.
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
