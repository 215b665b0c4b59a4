import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, isStaffUser, nobodyField, roles } from '../access'
import { twoFactorEndpoints } from '../endpoints/twoFactor'
import {
  clearOnLogin,
  clearOnUnlock,
  enforcePasswordPolicy,
  guardLogin,
  markPasswordReset,
  requireTwoFactor,
  revokeResetSession,
} from '../lib/loginGuard'
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
    beforeOperation: [guardLogin, markPasswordReset],
    beforeLogin: [requireTwoFactor],
    afterLogin: [clearOnLogin],
    afterOperation: [clearOnUnlock, revokeResetSession],
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
  // Two-factor sign-in: /api/users/2fa/{setup,confirm,disable} for oneself, /api/users/:id/2fa/reset for admins.
  endpoints: twoFactorEndpoints,
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
    // Two-factor sign-in (cms/lib/twoFactor.ts). Only its endpoints write these fields; the secret,
    // the last step used and the recovery hashes are hidden: never in REST, GraphQL or the admin.
    {
      name: 'twoFactorEnabled',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Status, setup link (own account) and the admin's reset button, in the sidebar.
      name: 'twoFactor',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/TwoFactorClient#TwoFactorField' } },
    },
    { name: 'twoFactorSecret', type: 'text', hidden: true, access: { read: nobodyField, create: nobodyField, update: nobodyField } },
    { name: 'twoFactorLastStep', type: 'number', hidden: true, access: { read: nobodyField, create: nobodyField, update: nobodyField } },
    { name: 'twoFactorRecovery', type: 'text', hidden: true, access: { read: nobodyField, create: nobodyField, update: nobodyField } },
  ],
}
