using Greet.V1;
using Grpc.Net.Client;

using var channel = GrpcChannel.ForAddress("http://127.0.0.1:1");
var client = new Greeter.GreeterClient(channel);

// PG3001: no deadline on this call.
var reply = await client.SayHelloAsync(new SayHelloRequest { Name = "a" });

Console.WriteLine(reply.Message);
