export declare const HSTS: string;
export declare const BASE_HEADERS: { key: string; value: string }[];
export declare function contentSecurityPolicy(options?: { nonce?: string; dev?: boolean }): string;
export declare function newNonce(): string;
