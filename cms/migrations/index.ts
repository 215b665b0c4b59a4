import * as migration_20261122_033343_initial from './20261122_033343_initial';
import * as migration_20261123_042105_registration_seats from './20261123_042105_registration_seats';

export const migrations = [
  {
    up: migration_20261122_033343_initial.up,
    down: migration_20261122_033343_initial.down,
    name: '20261122_033343_initial',
  },
  {
    up: migration_20261123_042105_registration_seats.up,
    down: migration_20261123_042105_registration_seats.down,
    name: '20261123_042105_registration_seats'
  },
];
