// A place while the gazetteer is being assembled: a row plus the GeoNames admin codes that
// link it to its divisions.
import type { PlaceRow } from '../../src/knowledge/gazetteer/gazetteer-format.ts';

export interface Draft extends Omit<PlaceRow, 'keys'> {
  /** "IQ.06" */
  admin1Code: string;
  /** "IQ.06.123" */
  admin2Code: string;
}
