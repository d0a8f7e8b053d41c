import { OptionsApp } from '../../components/options/OptionsApp';
import { mountPage } from '../../components/app/mount-page';
import { currentTab, sidePanelOpener } from '../../components/app/side-panel';
import type { ProtocolClient } from '../../lib/protocol';

const open = sidePanelOpener();
const here = currentTab();

/** A dashboard row opens that creator in the side panel beside the dashboard. */
async function openCreator(client: ProtocolClient, creatorId: string) {
  const tab = await here;
  if (!tab) return;
  const opened = open?.(tab.windowId);
  await client.selectCreator({ tabId: tab.tabId, creatorId });
  await opened;
}

mountPage((start) => <OptionsApp {...start} onOpenCreator={open ? (creatorId: string) => openCreator(start.client, creatorId) : undefined} />);
