import * as migration_20261122_033343_initial from './20261122_033343_initial';
import * as migration_20261123_040457_site_rebuild_jobs from './20261123_040457_site_rebuild_jobs';

export const migrations = [
  {
    up: migration_20261122_033343_initial.up,
    down: migration_20261122_033343_initial.down,
    name: '20261122_033343_initial',
  },
  {
    up: migration_20261123_040457_site_rebuild_jobs.up,
    down: migration_20261123_040457_site_rebuild_jobs.down,
    name: '20261123_040457_site_rebuild_jobs'
  },
];
