import type { ServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { isPublisher, isStaffUser } from '../access'
import { describeProgress } from '../core/buildProgress'
import { localeTags, locales } from '../core/locales'
import { readSiteBuildStatus } from '../jobs/rebuildSite'
import { autoRebuildEnabled } from '../publish/rebuildPolicy'
import { labelsFor } from './siteBuildStatusLabels'
import { RefreshWhileBusy } from './RefreshWhileBusy'

/** Times in Kazakhstan time, like everything else organizers see. */
function formatTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '—'
  const tag = (localeTags as Record<string, string>)[language] ?? localeTags.ru
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Almaty' }).format(new Date(iso))
}

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}

/** Dashboard panel: is a rebuild queued or running, and how did the last builds end. */
export async function SiteBuildStatus({ payload, i18n, user }: ServerProps) {
  if (!payload || !isStaffUser(user)) return null
  const language = i18n?.language ?? 'ru'
  const t = labelsFor(language)
  const status = await readSiteBuildStatus(payload)
  const failedLast = status.lastFailure && (!status.lastSuccess || status.lastFailure.at > status.lastSuccess.at)

  let now = autoRebuildEnabled(process.env.KELISIM_AUTO_REBUILD) ? t.idle : t.autoRebuildOff
  if (status.running) now = t.running(formatTime(status.running.since, language))
  else if (status.queued) now = t.queued(formatTime(status.queued.startsAt, language))

  return (
    <section style={box} aria-labelledby="site-build-status-title" data-testid="site-build-status">
      <h2 id="site-build-status-title" style={{ margin: '0 0 0.5rem' }}>
        {t.title}
      </h2>
      <p style={{ margin: '0 0 0.75rem' }} role="status">
        {now}
        {status.running && status.lastReason ? ` ${t.reason}: ${status.lastReason}` : ''}
      </p>
      {status.running?.progress && (
        <p style={{ margin: '0 0 0.75rem' }} data-testid="site-build-progress">
          {t.progress}: {describeProgress(status.running.progress, t.pages, (localeTags as Record<string, string>)[language] ?? localeTags.ru, t.phase)}
          <progress max={status.running.progress.total || 1} value={status.running.progress.done} style={{ marginLeft: '0.5rem', verticalAlign: 'middle' }} />
        </p>
      )}
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' }}>
        <dt>{t.lastSuccess}</dt>
        <dd style={{ margin: 0 }}>
          {status.lastSuccess ? (
            <>
              {formatTime(status.lastSuccess.at, language)}
              {status.lastSuccess.durationMs != null ? ` · ${t.took((status.lastSuccess.durationMs / 1000).toFixed(1))}` : ''}
              {' · '}
              {t.pages}: {locales.map((l) => `${l} ${status.lastSuccess!.pagesPerLocale[l] ?? 0}`).join(', ')}
            </>
          ) : (
            t.none
          )}
        </dd>
        <dt>{t.lastFailure}</dt>
        <dd style={{ margin: 0 }}>{status.lastFailure ? formatTime(status.lastFailure.at, language) : t.none}</dd>
      </dl>
      {status.lastFailure && (
        <details open={Boolean(failedLast)} style={{ marginTop: '0.75rem' }}>
          <summary style={failedLast ? { color: 'var(--theme-error-500)' } : undefined}>
            {failedLast ? `${t.failedSinceSuccess} ${t.previousSiteLive}` : t.lastFailure}
          </summary>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '16rem', overflow: 'auto', fontSize: '0.8rem' }}>
            {status.lastFailure.error.slice(-3000)}
          </pre>
        </details>
      )}
      {isPublisher(user as never) && (
        <form method="post" action="/api/site-build/full" style={{ marginTop: '0.75rem' }}>
          <button type="submit" className="btn btn--style-secondary btn--size-small" title={t.fullRebuildHint} data-testid="site-build-full">
            {t.fullRebuild}
          </button>
        </form>
      )}
      {(status.queued || status.running) && <RefreshWhileBusy />}
    </section>
  )
}
