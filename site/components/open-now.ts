/**
 * "Open now" and today's hours, computed in the browser (the pages are static, built long before
 * they are read) from the schedule the page carries as data attributes. Kazakhstan time whatever
 * the reader's clock zone; unknown hours stay "unknown", never guessed.
 */
import { decodeExceptions, decodeHours } from '../../cms/core/finder'
import { openState } from '../../cms/core/openingHours'

export type OpenStrings = { open: string; closed: string; unknown: string; today: string; todayClosed: string; holiday: string; openDoor: string }

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '')

/** The sentence for a schedule at `now`, and whether the office is open. */
export function describeOpenState(hours: string[], exceptions: string[], s: OpenStrings, now = new Date()): { text: string; state: string } {
  const result = openState(now, decodeHours(hours), decodeExceptions(exceptions))
  if (result.state === 'unknown') return { text: s.unknown, state: 'unknown' }
  const today = result.today
  const todayText =
    today.kind === 'open'
      ? fill(s.today, { hours: today.periods.map((p) => `${p.opens}–${p.closes}`).join(', ') + (today.reason === 'open-door' ? ` (${s.openDoor})` : '') })
      : today.kind === 'closed'
        ? s.todayClosed + (today.reason === 'holiday' ? ` (${s.holiday})` : '')
        : ''
  const head = result.state === 'open' ? fill(s.open, { time: result.closes }) : s.closed
  return { text: `${head}. ${todayText}`, state: result.state }
}

export const stringsFrom = (el: HTMLElement): OpenStrings => ({
  open: el.dataset.tOpen ?? '',
  closed: el.dataset.tClosed ?? '',
  unknown: el.dataset.tUnknown ?? '',
  today: el.dataset.tToday ?? '',
  todayClosed: el.dataset.tTodayClosed ?? '',
  holiday: el.dataset.tHoliday ?? '',
  openDoor: el.dataset.tOpenDoor ?? '',
})

const codes = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean)

/** Fills every [data-open-state] element under `root`, and again every minute. */
export function fillOpenStates(root: ParentNode = document) {
  const update = () => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-open-state]')) {
      const { text, state } = describeOpenState(codes(el.dataset.hours), codes(el.dataset.exceptions), stringsFrom(el))
      el.textContent = text
      el.dataset.state = state
    }
  }
  update()
  setInterval(update, 60_000)
}
