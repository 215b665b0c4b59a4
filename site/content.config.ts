import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'

/** Static page copy (about mediation, FAQ), one Markdown file per page and language. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/pages' }),
})

export const collections = { pages }
