import * as migration_20261122_033343_initial from './20261122_033343_initial';
import * as migration_20261123_041959_locales_parent_index from './20261123_041959_locales_parent_index';

export const migrations = [
  {
    up: migration_20261122_033343_initial.up,
    down: migration_20261122_033343_initial.down,
    name: '20261122_033343_initial',
  },
  {
    up: migration_20261123_041959_locales_parent_index.up,
    down: migration_20261123_041959_locales_parent_index.down,
    name: '20261123_041959_locales_parent_index'
  },
];
