/** A TCP echo server in a bench child of its own: the other end of {@link ./loopback.ts}. */
import { createServer, type AddressInfo } from "node:net";
import { serveBenchChild } from "./child-process.ts";

await serveBenchChild(async () => {
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    socket.on("data", (data) => socket.write(data));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    ready: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
});
