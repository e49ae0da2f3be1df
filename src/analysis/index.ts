/**
 * The shared analysis, as rules see it: they subscribe to the sites of a file through one
 * traversal (./traversal.ts) and ask the file's analysis (./analysis.ts) questions about them.
 * docs/architecture.md draws the way from a linted file to a report.
 */
export type { FileAnalysis } from './analysis.js';
export { getFileAnalysis, mayHaveFrameworkObjects } from './file-state.js';
export type { LateOperation, Send } from './send-flow.js';
export type { BodySite, ComparedValues, HeaderSet, StatusSite } from './sites.js';
export { closeSiteListeners, siteListeners, statusSiteListeners, type SiteListeners } from './traversal.js';
export type { StaticValue } from './resolver/values.js';
export { noNodeModules } from './runtime.js';
