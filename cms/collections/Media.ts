import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '../access'
import { documentsDir, mediaDir } from '../lib/paths'

/** Images, resized by sharp into the sizes the site uses. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', ru: 'Изображение' }, plural: { en: 'Images', ru: 'Изображения' } },
  admin: { group: 'Press' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true },
    { name: 'credit', type: 'text' },
  ],
}

/** Reports, methodologies and media kits as downloadable files. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { en: 'Document', ru: 'Документ' }, plural: { en: 'Documents', ru: 'Документы' } },
  admin: { group: 'Press' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: documentsDir,
    mimeTypes: ['application/pdf', 'application/zip', 'image/*', 'application/vnd.openxmlformats-officedocument.*'],
  },
  fields: [{ name: 'title', type: 'text', localized: true }],
}

