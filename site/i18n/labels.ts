import type { EventFormat, EventKind, EventStatus } from '../../cms/core/vocabulary'
import type { Translate, UIKey } from '.'
import { localeNames, type Locale } from '../../cms/core/locales'

/** "Dialogue platform: School", or the office kind alone. */
export function officeKindLabel(t: Translate, office: { kind: string; platformType?: string | null }): string {
  const kind = t(`office.kind.${office.kind}` as UIKey)
  return office.kind === 'dialogue-platform' && office.platformType ? `${kind}: ${t(`office.platform.${office.platformType}` as UIKey)}` : kind
}

/** A phone number as a tel: link target (digits and the leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`
}

/** Language codes as their own names: "Қазақша, Русский". */
export function languageNames(codes: string[]): string {
  return codes.map((code) => localeNames[code as Locale] ?? code).join(', ')
}

/** An event's kind, format and (when not as planned) status, as labelled badges. */
export function eventBadges(t: Translate, event: { kind: EventKind; format: EventFormat; status: EventStatus }) {
  return [
    { label: t(`event.kind.${event.kind}`) },
    { label: t(`event.format.${event.format}`), variant: event.format },
    event.status !== 'scheduled' && { label: t(`event.status.${event.status}`), variant: event.status },
  ]
}
