import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './collections/AuditLog'
import { Events } from './collections/Events'
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
import { abuseRefusedName } from './lib/abuseGuard'
import { logRefusedRequest, quietRefusals } from './lib/refusalLog'
import { withAudit } from './lib/audit'
import { withReview } from './lib/review'
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
    // Queued / running / last result of the public site build, above the collection cards.
    components: { beforeDashboard: ['/components/SiteBuildStatus#SiteBuildStatus'] },
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
  // Payload ships admin translations for ru and en, not kk; the content itself is in all three.
  i18n: { supportedLanguages: { ru, en }, fallbackLanguage: 'ru' },
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
  // (cms/lib/review.ts).
  collections: withAudit(withReview(safeUrlCollections([Events, OpenDoorDays, Publications, Offices, Mediators, Regions, Registrations, Media, Documents, Users, AuditLog]))),
  globals: safeUrlGlobals([SiteBuild]),
  endpoints: [registerEndpoint, cancelPageEndpoint, cancelEndpoint],
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
