import * as migration_20261122_024448_initial from './20261122_024448_initial';

export const migrations = [
  {
    up: migration_20261122_024448_initial.up,
    down: migration_20261122_024448_initial.down,
    name: '20261122_024448_initial'
  },
];
