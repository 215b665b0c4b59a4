'use client'
import { kk } from 'date-fns/locale/kk'
import type React from 'react'

/**
 * Kazakh month and weekday names in the admin's date picker.
 *
 * Payload loads date-fns locales only from its own list, which lacks Kazakh, so the kk admin
 * language declares the Russian date-fns locale (cms/admin/translations/kk.ts) and Payload's date
 * picker would register *that* under the name 'kk'. react-datepicker keeps its locales in
 * `window.__localeData__`; this module, evaluated before any picker renders, makes the 'kk' entry
 * always answer the Kazakh date-fns locale. Other languages are untouched.
 */
type LocaleScope = { __localeData__?: Record<string, unknown> }

if (typeof window !== 'undefined') {
  const scope = window as unknown as LocaleScope
  const data = (scope.__localeData__ ??= {})
  const current = Object.getOwnPropertyDescriptor(data, 'kk')
  if (!current || current.configurable) {
    Object.defineProperty(data, 'kk', {
      configurable: false,
      enumerable: true,
      get: () => kk,
      // Payload registers its own (Russian) locale under 'kk' on every picker render: ignored.
      set: () => {},
    })
  }
}

export function KazakhDatePickerLocale({ children }: { children?: React.ReactNode }) {
  return <>{children}</>
}
