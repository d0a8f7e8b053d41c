/**
 * The Seller Center and Affiliate Center hosts a Japan seller reaches.
 * Sources (ids in lib/seller-center/SOURCES.md, seen 2026-11): S2 app/config.py, S5 src/config/constants.ts and S6
 * platforms.py (affiliate.tiktok.com), S1 lib/browser.js and S3 AFFILIATE_API.md (cross-border), S10 (JP cross-border).
 * affiliate.tiktok.com for local JP shops is a guess [G] by analogy with SEA/UK; cross-border JP shops use
 * the *.tiktokshopglobalselling.com pair. Growing this list grows the extension's permissions: the manifest
 * audit test pins it.
 */
export const AFFILIATE_HOSTS = ['affiliate.tiktok.com', 'affiliate.tiktokshopglobalselling.com'] as const;
export const SELLER_HOSTS = ['seller-jp.tiktok.com', 'seller.tiktokshopglobalselling.com'] as const;

export const HOST_PERMISSIONS = [...AFFILIATE_HOSTS, ...SELLER_HOSTS].map((host) => `https://${host}/*`);
export const AFFILIATE_MATCHES = AFFILIATE_HOSTS.map((host) => `https://${host}/*`);

/** Whether a URL is on one of the affiliate hosts (https only); never throws. */
export function isAffiliateUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && (AFFILIATE_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
