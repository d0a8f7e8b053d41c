/** MAIN-world page reader at document_start: all of it lives in lib/bridge/page-reader.ts (see there and lib/bridge). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { AFFILIATE_MATCHES } from '../lib/seller-center/hosts';
import { installPageReader } from '../lib/bridge/page-reader';

export default defineContentScript({
  matches: AFFILIATE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main: installPageReader,
});
