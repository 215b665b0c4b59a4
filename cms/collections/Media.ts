import type { CollectionConfig } from 'payload'

import { isStaff } from '../access'
import { publicUploadsOrStaff } from '../access/publicUploads'
import { documentsDir, mediaDir } from '../lib/paths'

/** Images, resized by sharp into the sizes the site uses. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', ru: 'Изображение' }, plural: { en: 'Images', ru: 'Изображения' } },
  admin: { group: 'Press' },
  // Anonymous readers get only images that published, released content shows (embargo).
  access: { read: publicUploadsOrStaff('media'), create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
      // Media kit: a web-size JPEG for online articles and a print-size one (about A5 at 300 dpi);
      // the original upload is the third size. Never enlarged past the original.
      { name: 'web', width: 1280, withoutEnlargement: true, formatOptions: { format: 'jpeg', options: { quality: 82 } } },
      { name: 'print', width: 2480, withoutEnlargement: true, formatOptions: { format: 'jpeg', options: { quality: 92 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true },
    { name: 'caption', type: 'text', localized: true, label: { kk: 'Қолтаңба', ru: 'Подпись', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { kk: 'Авторы / дереккөз', ru: 'Автор / источник', en: 'Credit' } },
  ],
}

/** Reports, methodologies and media kits as downloadable files. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { en: 'Document', ru: 'Документ' }, plural: { en: 'Documents', ru: 'Документы' } },
  admin: { group: 'Press' },
  // Anonymous readers get only files attached to published, released publications (embargo).
  access: { read: publicUploadsOrStaff('documents'), create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: documentsDir,
    mimeTypes: ['application/pdf', 'application/zip', 'image/*', 'application/vnd.openxmlformats-officedocument.*'],
  },
  fields: [{ name: 'title', type: 'text', localized: true }],
}

