import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Bonner Rad-Dialog 2017 (2,314 real contributions) that the demo imports. */
export const RADDIALOG_CSV = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'demo',
  'raddialog-bonn-2017.csv',
);
export const RADDIALOG = {
  slug: 'raddialog-2017',
  title: 'Bonner Rad-Dialog 2017',
  description: 'Online-Dialog zum Radverkehr in Bonn vom 13. September bis 18. Oktober 2017.',
  startsOn: '2017-09-13',
  endsOn: '2017-10-18',
  attribution: 'Raddialog der Stadt Bonn 2017, CC BY 4.0; labels: CIMT, HHU Düsseldorf',
};
