import type { TaskConfig } from 'payload'

import { formatPreviewDoc, isPreviewCollection } from '../core/preview'
import { readPreviewRecord, updatePreviewRecord } from '../lib/preview'
import { runBuildScript } from '../publish/runBuildProcess'
import { keepTouchingJob, siteBuildConcurrencyKey } from './rebuildSite'

/**
 * A draft preview's build (cms/publish/build-preview.ts) as a job on the publish queue: it shares
 * the site build's concurrency key, so a preview and a rebuild of the live site never run Astro at
 * the same time on the same machine. The outcome is written to the preview's record, which the
 * admin polls (cms/endpoints/preview.ts); a failed build keeps the end of its output there.
 */

export const previewSiteTaskSlug = 'previewSite'

type PreviewSiteIO = {
  input: { previewId: string }
  output: { durationMs: number }
}

/** The end of a failed build's output: that is where the error is. */
const keptErrorChars = 4_000

export const previewSiteTask: TaskConfig<PreviewSiteIO> = {
  slug: previewSiteTaskSlug,
  label: 'Build a draft preview',
  inputSchema: [{ name: 'previewId', type: 'text', required: true }],
  outputSchema: [{ name: 'durationMs', type: 'number', required: true }],
  concurrency: { key: () => siteBuildConcurrencyKey, exclusive: true },
  // Asking again (the Preview button) builds it again.
  retries: 0,
  handler: async ({ job, input, req }) => {
    const record = await readPreviewRecord(input.previewId)
    if (!record || !isPreviewCollection(record.collection)) throw new Error(`No preview ${input.previewId}`)
    const stopTouching = keepTouchingJob(req.payload, job.id)
    try {
      const result = await runBuildScript(process.env, 'build-preview.ts', [
        record.previewId,
        formatPreviewDoc({ collection: record.collection, id: record.id }),
        ...record.paths,
      ])
      await updatePreviewRecord(record.previewId, { state: 'ready', finishedAt: new Date().toISOString(), error: undefined })
      req.payload.logger.info(`Preview ${record.previewId} of ${record.collection} ${record.id} built in ${result.durationMs} ms`)
      return { output: { durationMs: result.durationMs } }
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(-keptErrorChars)
      await updatePreviewRecord(record.previewId, { state: 'failed', finishedAt: new Date().toISOString(), error: message })
      req.payload.logger.error(`Preview ${record.previewId} of ${record.collection} ${record.id} failed.\n${message.slice(-2000)}`)
      throw new Error(message)
    } finally {
      stopTouching()
    }
  },
}
