using Grpc.Net.Client;
using Inventory.V1;

using var channel = GrpcChannel.ForAddress("http://127.0.0.1:1");
var client = new InventoryService.InventoryServiceClient(channel);

// PG3001: no deadline on this call.
var item = await client.GetItemAsync(new GetItemRequest { Sku = "A-1" });

// Correct form: no diagnostic.
var item2 = await client.GetItemAsync(new GetItemRequest { Sku = "A-2" }, deadline: DateTime.UtcNow.AddSeconds(5));

Console.WriteLine(item.Sku + item2.Sku);
