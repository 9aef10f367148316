// Links and files: how a plan leaves the app and comes back.
export {
  encodePlanLink,
  planLinkUrl,
  decodePlanLink,
  linkLengthWarning,
  LINK_FORMAT,
  DEFAULT_BASE_URL,
  type LinkResult,
} from './link.ts';
export {
  embedPlanInPng,
  extractPlanFromPng,
  extractPlanFromSvg,
  readPlanFile,
  planFromJson,
  PLAN_KEYWORD,
  type PlanFileResult,
  type PlanText,
} from './embed.ts';
export { LINK_WARN_LENGTH } from './messages.ts';
export { MAX_FILE_BYTES, MAX_LINK_CHARS, MAX_PLAN_BYTES, MAX_ITEMS, MAX_SERVERS } from '../model/limits.ts';
