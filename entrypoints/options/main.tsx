import { render } from 'preact';
import { createClient } from '../../lib/protocol';
import { OptionsApp } from '../../components/options/OptionsApp';
import { browserLang, sendToBackground } from '../../components/app/runtime';
import { currentTab, sidePanelOpener } from '../../components/app/side-panel';

const client = createClient(sendToBackground);
const open = sidePanelOpener();
const here = currentTab();

/** A dashboard row opens that creator in the side panel beside the dashboard. */
async function openCreator(creatorId: string) {
  const tab = await here;
  if (!tab) return;
  const opened = open?.(tab.windowId);
  await client.selectCreator({ tabId: tab.tabId, creatorId });
  await opened;
}

render(<OptionsApp client={client} initialLang={browserLang()} onOpenCreator={open ? openCreator : undefined} />, document.getElementById('app')!);
