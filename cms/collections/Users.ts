import type { CollectionConfig } from 'payload'

import { adminOrSelf, hasRole, isAdmin, isAdminField, roles } from '../access'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ru: 'Пользователь' }, plural: { en: 'Users', ru: 'Пользователи' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: 'Administration' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    // Only staff may enter the admin panel at all.
    admin: ({ req }) => hasRole(req.user, 'admin') || hasRole(req.user, 'organizer'),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
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
  ],
}
