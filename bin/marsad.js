#!/usr/bin/env node
// The CLI is bundled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import '../dist/marsad.mjs';
