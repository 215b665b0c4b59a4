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
