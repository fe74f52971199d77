import type { PeerType } from '../../../shared/schema/vocabulary';
export {
  CAREER_STAGE_LABEL as STAGE_LABEL,
  MET_WHERE_LABEL as MET_LABEL,
  PEER_STATUS_LABEL as STATUS_LABEL,
  PEER_TYPE_LABEL,
  QUALITY_LABEL,
  TIE_KIND_LABEL as TIE_LABEL,
} from '../../../shared/vocabulary-labels';

/** One colour per peer type, used by badges, the map and its legend. */
export const PEER_TYPE_COLOR: Record<PeerType, string> = {
  industry: '#228be6',
  functional: '#12b886',
  cohort: '#fab005',
  geographic: '#fd7e14',
  interest: '#be4bdb',
  'cross-functional': '#e64980',
};
export const UNTYPED_COLOR = '#868e96';

export { labelOptions as options } from '../../../shared/vocabulary-labels';
