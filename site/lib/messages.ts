/** The CMS's public messages (registration results), shared so the island says the same words. */
export { registrationMessages } from '../../cms/i18n/messages'
