import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import type { SupportedLanguages } from '@payloadcms/translations'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { kk, kkLexicalTranslations } from './admin/translations/kk'
import { withAdminGlobalLabels, withAdminLabels } from './admin/withAdminLabels'
import { AuditLog } from './collections/AuditLog'
import { Events } from './collections/Events'
import { Indicators } from './collections/Indicators'
import { Documents, Media } from './collections/Media'
import { Mediators } from './collections/Mediators'
import { Offices } from './collections/Offices'
import { OpenDoorDays } from './collections/OpenDoorDays'
import { Publications } from './collections/Publications'
import { Regions } from './collections/Regions'
import { Registrations } from './collections/Registrations'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { safeLinkEditor, safeUrlCollections, safeUrlGlobals } from './fields/safeUrls'
import { cancelEndpoint, cancelPageEndpoint } from './endpoints/cancelRegistration'
import { registerEndpoint } from './endpoints/register'
import { seatsEndpoint } from './endpoints/seats'
import { siteSearchEndpoint } from './endpoints/siteSearch'
import { verifyCertificateEndpoint } from './endpoints/verifyCertificate'
import { fullRebuildEndpoint } from './endpoints/fullRebuild'
import { registryImportEndpoint, registryImportPageEndpoint } from './endpoints/registryImport'
import { abuseRefusedName } from './lib/abuseGuard'
import { PressContacts } from './globals/PressContacts'
import { logRefusedRequest, quietRefusals } from './lib/refusalLog'
import { withAudit } from './lib/audit'
import { withEveryLocaleOnCreate } from './lib/everyLocaleOnCreate'
import { withReview } from './lib/review'
import { withPreview } from './lib/preview'
import { previewEndpoints } from './endpoints/preview'
import { SiteBuild } from './globals/SiteBuild'
import { defaultLocale, localeNames, locales } from './core/locales'
import { jobs } from './jobs'
import { mailAdapter } from './lib/mail'
import { repoRoot } from './lib/paths'
import { trustedOrigins } from './lib/siteUrl'

const cmsDir = path.join(repoRoot, 'cms')

function secret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (process.env.NODE_ENV === 'production' && process.env.KELISIM_REQUIRE_SECRET === 'true') {
    throw new Error('PAYLOAD_SECRET must be set in production.')
  }
  // The start script generates and stores a secret in .data; this fallback only serves tools
  // such as type generation that never sign anything.
  return 'kelisim-development-only-secret'
}

export default buildConfig({
  secret: secret(),
  // Relative URLs: the admin and uploads work on whichever host serves them.
  serverURL: '',
  // Cookie sessions only from our own origins: the admin is served on the CMS port and, through
  // the site server's proxy, on the public site's port.
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' — Kelisim' },
    // Above the collection cards: queued / running / last result of the public site build, then
    // the documents still missing their Kazakh version.
    components: {
      beforeDashboard: ['/components/SiteBuildStatus#SiteBuildStatus', '/components/MissingKazakh#MissingKazakh'],
      // Kazakh month and weekday names in the date picker (Payload has no Kazakh date-fns locale).
      providers: ['/admin/KazakhDatePickerLocale#KazakhDatePickerLocale'],
      // Two-factor sign-in (cms/components/TwoFactorViews.tsx): the login form asks for the code too;
      // /admin/two-factor sets it up; an admin who must enroll first is sent there.
      views: {
        login: { Component: '/components/TwoFactorViews#TwoFactorLoginView' },
        unauthorized: { Component: '/components/TwoFactorViews#UnauthorizedOrEnroll' },
        twoFactor: { Component: '/components/TwoFactorViews#TwoFactorSetupView', path: '/two-factor', exact: true },
      },
    },
    // 24-hour dates wherever Payload formats one itself (created/updated columns, "last modified").
    dateFormat: 'dd.MM.yyyy HH:mm',
    // Date pickers of events work in Kazakhstan time whatever the organizer's computer is set to.
    timezones: {
      supportedTimezones: [{ label: 'Қазақстан / Казахстан (UTC+5)', value: 'Asia/Almaty' }],
      defaultTimezone: 'Asia/Almaty',
    },
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  // The admin speaks Kazakh (our translation of Payload's interface, cms/admin/translations/kk.ts),
  // Russian and English. Kazakh is the default: Payload's Accept-Language matching does not know
  // kk, so a browser asking for Kazakh gets it through the fallback, or through the `payload-lng`
  // cookie set by cms/proxy.ts; the account page switches language.
  i18n: {
    supportedLanguages: { kk, ru, en } as SupportedLanguages,
    fallbackLanguage: 'kk' as never,
    translations: { kk: kkLexicalTranslations } as never,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    // API reads without ?locale= get Kazakh, and a missing translation falls back to it. The site
    // reads every language at once (locale 'all', where nothing falls back) and says on the page
    // which language stands in for a missing one.
    fallback: true,
  },
  // Every URL field and rich-text link accepts only safe schemes (cms/fields/safeUrls.ts); sign-ins,
  // publishing and deletions go to the audit log (cms/lib/audit.ts); drafts go through review
  // (cms/lib/review.ts) with a draft preview (cms/lib/preview.ts); labels in kk/ru/en from one dictionary (cms/admin/labels.ts) over all of it,
  // 24-hour dates, translation status. Imports create a document in all its languages at once
  // (cms/lib/everyLocaleOnCreate.ts).
  collections: withAdminLabels(
    withAudit(withReview(withPreview(withEveryLocaleOnCreate(safeUrlCollections([Events, OpenDoorDays, Publications, Offices, Mediators, Regions, Registrations, Media, Documents, Users, Indicators, AuditLog]))))),
  ),
  globals: withAdminGlobalLabels(safeUrlGlobals([SiteBuild, PressContacts])),
  endpoints: [registerEndpoint, seatsEndpoint, cancelPageEndpoint, cancelEndpoint, siteSearchEndpoint, registryImportPageEndpoint, registryImportEndpoint, verifyCertificateEndpoint, fullRebuildEndpoint, ...previewEndpoints],
  jobs,
  // SMTP from the environment, or .eml files in <data dir>/mail/ (cms/lib/mail.ts).
  email: mailAdapter(),
  editor: safeLinkEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
  telemetry: false,
  // Registration refusals by the abuse guards are logged by them in one line, not as a stack trace;
  // every other refused request (4xx) in one line by logRefusedRequest (cms/lib/refusalLog.ts).
  loggingLevels: { ...quietRefusals, [abuseRefusedName]: false } as Config['loggingLevels'],
  hooks: { afterError: [logRefusedRequest] },
})
