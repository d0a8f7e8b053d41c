/** Loading the follow-up data once for a view: notes, samples, costs, plans, orders, settings and creator names. */
import { useEffect, useState } from 'preact/hooks';
import type { ProtocolClient, ResponseData } from '../../lib/protocol';
import type { Settings } from '../../lib/store';

export interface FollowUpBundle extends ResponseData<'getFollowUp'> {
  orders: ResponseData<'listOrders'>;
  settings: Settings;
  /** creator id → "@handle" (or nickname) for the creators these views mention */
  names: Map<string, string>;
}

export async function loadFollowUp(client: ProtocolClient): Promise<FollowUpBundle> {
  const [followUp, orders, settings] = await Promise.all([client.getFollowUp({}), client.listOrders({}), client.getSettings({})]);
  if (!followUp.ok) throw new Error(followUp.error.message);
  if (!orders.ok) throw new Error(orders.error.message);
  if (!settings.ok) throw new Error(settings.error.message);
  const ids = new Set([...followUp.data.notes.map((n) => n.creatorId), ...followUp.data.samples.map((s) => s.creatorId)]);
  const names = new Map<string, string>();
  for (const order of orders.data) if (order.creatorId && order.creatorHandle) names.set(order.creatorId, `@${order.creatorHandle.replace(/^@/, '')}`);
  const wanted = [...ids].filter((id) => !names.has(id)).slice(0, 500);
  if (wanted.length) {
    const creators = await client.getCreators({ creatorIds: wanted });
    if (creators.ok) for (const c of creators.data) names.set(c.id, c.handle ? `@${c.handle}` : c.nickname ?? c.id);
  }
  return { ...followUp.data, orders: orders.data, settings: settings.data, names };
}

/** The bundle, reloaded when `reloadKey` changes; `error` is the storage error to show. */
export function useFollowUp(client: ProtocolClient, reloadKey = 0): { data: FollowUpBundle | null; error: string | null } {
  const [data, setData] = useState<FollowUpBundle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadFollowUp(client).then((d) => live && setData(d), (e: unknown) => live && setError(String((e as Error)?.message ?? e)));
    return () => { live = false; };
  }, [client, reloadKey]);
  return { data, error };
}
