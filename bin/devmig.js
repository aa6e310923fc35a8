#!/usr/bin/env node
// The CLI is one bundled module (built by `npm run build`, also on `npm ci`).
import '../dist/cli.js';
