// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, locales, localeTags } from './cms/core/locales.ts'

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  // The publisher builds each version of the site into its own folder, then swaps it live.
  outDir: process.env.KELISIM_SITE_OUT_DIR ?? './dist',
  site: process.env.KELISIM_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, localeTags[l]])) },
      filter: (page) => !/\/(404|search)\/?$/.test(page),
    }),
  ],
  vite: {
    // Payload and its adapters run in Node as they are published; only our own code is bundled.
    ssr: {
      external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/richtext-lexical', 'sharp', 'graphql'],
    },
  },
})
