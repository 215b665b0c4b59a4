// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, locales } from './cms/core/locales.ts'
import { sitemapOptions } from './cms/core/sitemap.ts'
import { buildScope, scopedSitemap } from './site/integrations/buildScope.mjs'

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  // The publisher builds each version of the site into its own folder, then swaps it live.
  outDir: process.env.KELISIM_SITE_OUT_DIR ?? './dist',
  site: process.env.KELISIM_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // The public server's CSP allows no inline script or style: every script and stylesheet is a file.
  // Four pages render at once: a page waiting on I/O (a share card drawn by sharp, a file written)
  // no longer holds the others up; the output is byte-identical (reads are tracked per page).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // React renders components at build time; a hydrated island (client:*) costs ~57 KB brotli of
    // React in the browser, over the JavaScript budget, so interactive parts are small scripts.
    react(),
    // Split at the protocol's 50,000 URLs per file, listed in sitemap-index.xml (cms/core/sitemap.ts);
    // every page, also when KELISIM_BUILD_ONLY renders a few (site/integrations/buildScope.mjs).
    scopedSitemap(sitemap(sitemapOptions())),
    // Wraps every getStaticPaths (build scope) and writes the page manifest for incremental publishing.
    buildScope(),
  ],
  vite: {
    // Astro inlines bundled scripts below this size; 0 keeps them external (CSP script-src 'self').
    build: { assetsInlineLimit: 0 },
    // Payload and its adapters run in Node as they are published; only our own code is bundled.
    ssr: {
      external: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/richtext-lexical', 'sharp', 'graphql', 'pagefind'],
    },
  },
})
