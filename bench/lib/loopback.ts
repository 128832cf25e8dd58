/**
 * What one message between two processes costs on this machine: a byte sent over loopback TCP to
 * an echo server in another process and back. A relay pays about this per event it passes on, on
 * top of its own work, so its figures read against it: it is several times higher in a virtual
 * machine than on bare metal.
 */
import { connect } from "node:net";
import { startBenchChild } from "./child-process.ts";

export interface LoopbackCost {
  roundTrips: number;
  /** Median time of one round trip, in µs. */
  roundTripUs: number;
  /** CPU time of this process per round trip (one write, one read, one wake-up), in µs. */
  cpuUsPerRoundTrip: number;
}

const ROUND_TRIPS = 2000;

export async function measureLoopback(): Promise<LoopbackCost> {
  const echo = await startBenchChild<number>(new URL("./echo-process.ts", import.meta.url), null);
  try {
    const socket = connect(echo.ready, "127.0.0.1");
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    const times: number[] = [];
    const cpuBefore = process.cpuUsage();
    await new Promise<void>((resolve) => {
      let sent = performance.now();
      socket.on("data", () => {
        const now = performance.now();
        times.push(now - sent);
        if (times.length === ROUND_TRIPS) return resolve();
        sent = now;
        socket.write("x");
      });
      socket.write("x");
    });
    const cpu = process.cpuUsage(cpuBefore);
    socket.destroy();
    times.sort((a, b) => a - b);
    return {
      roundTrips: ROUND_TRIPS,
      roundTripUs: times[Math.floor(times.length / 2)]! * 1000,
      cpuUsPerRoundTrip: (cpu.user + cpu.system) / ROUND_TRIPS,
    };
  } finally {
    await echo.stop();
  }
}
