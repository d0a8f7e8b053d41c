/** Every cost input of profit: orders, cost entries from all the places the seller typed one, and cost of goods. */
import type { ProtocolClient } from '../../lib/protocol';
import { costEntriesFromRecords, productCostsForRoi, type CostEntry, type ProductCost } from '../../lib/roi';
import type { StoredOrder } from '../../lib/store';

export interface ProfitInputs {
  orders: StoredOrder[];
  costs: CostEntry[];
  products: ProductCost[];
}

export async function loadProfitInputs(client: ProtocolClient): Promise<ProfitInputs> {
  const [orders, costs, followUp, products] = await Promise.all([
    client.listOrders({}), client.listCosts({}), client.getFollowUp({}), client.listProducts({}),
  ]);
  if (!orders.ok) throw new Error(orders.error.message);
  if (!followUp.ok) throw new Error(followUp.error.message);
  return {
    orders: orders.data,
    costs: costEntriesFromRecords({
      costs: costs.ok ? costs.data : [], samples: followUp.data.samples, notes: followUp.data.notes, collaborations: followUp.data.collaborations,
    }),
    products: productCostsForRoi(followUp.data.productCosts, products.ok ? products.data : []),
  };
}
