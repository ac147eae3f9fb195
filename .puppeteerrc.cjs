// Puppeteer comes with @asyncapi/html-template (`npm run docs`), which needs a browser only to print
// a PDF; this repository renders HTML only. Without this, puppeteer's install script downloads
// Chrome on every install (and fails offline) wherever npm still runs it: npm releases without
// `allowScripts` in package.json (npm 10), or with scripts allowed. docs/asyncapi.md explains.
module.exports = { skipDownload: true };
