/**
 * Adds, under an event's Kazakhstan time, the same time in the viewer's zone when that zone's
 * offset differs at the event's start (a visitor in Moscow or Berlin sees both).
 */
for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-local-start]')) {
  const start = new Date(el.dataset.localStart!)
  const end = el.dataset.localEnd ? new Date(el.dataset.localEnd) : null
  const lang = el.dataset.localLang ?? 'kk'
  const offsetIn = (timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(start)
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
  }
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  if (!viewerZone || offsetIn(viewerZone) === offsetIn('Asia/Almaty')) continue
  const full = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
  const short = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const text = end ? `${full.format(start)} – ${end.getTime() - start.getTime() < 86_400_000 ? short.format(end) : full.format(end)}` : full.format(start)
  const note = Object.assign(document.createElement('small'), { className: 'cal-yourtime', textContent: (el.dataset.localLabel ?? '{time}').replace('{time}', text) })
  el.parentElement?.insertBefore(note, el.nextSibling)
  el.parentElement?.insertBefore(document.createElement('br'), note)
}
