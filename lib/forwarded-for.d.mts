import type { IncomingMessage, ServerResponse } from "node:http";

export declare function appendSocketAddress(request: IncomingMessage): void;
export declare function withSocketAddress<Req extends IncomingMessage, Res extends ServerResponse>(
  handler: (request: Req, response: Res) => unknown,
): (request: Req, response: Res) => void;
