import * as migration_20261122_033343_initial from './20261122_033343_initial';
import * as migration_20261123_040457_site_rebuild_jobs from './20261123_040457_site_rebuild_jobs';
import * as migration_20261123_044939_registration_seats from './20261123_044939_registration_seats';
import * as migration_20261123_050946_locales_parent_index from './20261123_050946_locales_parent_index';
import * as migration_20261123_052349_registration_consent from './20261123_052349_registration_consent';
import * as migration_20261123_073518_portal_features from './20261123_073518_portal_features';
import * as migration_20261123_075350_registration_questions from './20261123_075350_registration_questions';
import * as migration_20261123_082039_event_outcome_media from './20261123_082039_event_outcome_media';
import * as migration_20261123_120107_certificates_two_factor from './20261123_120107_certificates_two_factor';

export const migrations = [
  {
    up: migration_20261122_033343_initial.up,
    down: migration_20261122_033343_initial.down,
    name: '20261122_033343_initial',
  },
  {
    up: migration_20261123_040457_site_rebuild_jobs.up,
    down: migration_20261123_040457_site_rebuild_jobs.down,
    name: '20261123_040457_site_rebuild_jobs',
  },
  {
    up: migration_20261123_044939_registration_seats.up,
    down: migration_20261123_044939_registration_seats.down,
    name: '20261123_044939_registration_seats',
  },
  {
    up: migration_20261123_050946_locales_parent_index.up,
    down: migration_20261123_050946_locales_parent_index.down,
    name: '20261123_050946_locales_parent_index',
  },
  {
    up: migration_20261123_052349_registration_consent.up,
    down: migration_20261123_052349_registration_consent.down,
    name: '20261123_052349_registration_consent',
  },
  {
    up: migration_20261123_073518_portal_features.up,
    down: migration_20261123_073518_portal_features.down,
    name: '20261123_073518_portal_features',
  },
  {
    up: migration_20261123_075350_registration_questions.up,
    down: migration_20261123_075350_registration_questions.down,
    name: '20261123_075350_registration_questions',
  },
  {
    up: migration_20261123_082039_event_outcome_media.up,
    down: migration_20261123_082039_event_outcome_media.down,
    name: '20261123_082039_event_outcome_media',
  },
  {
    up: migration_20261123_120107_certificates_two_factor.up,
    down: migration_20261123_120107_certificates_two_factor.down,
    name: '20261123_120107_certificates_two_factor'
  },
];
