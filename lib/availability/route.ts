import "server-only";
import { noteIfDatabaseUnavailable, watchingDatabase } from "./database-health";
import { unavailableJson } from "./responses";

/**
 * Wraps a route handler so that losing the database answers a JSON 503 with Retry-After instead
 * of a 500. Other errors are rethrown untouched.
 */
export function answeringOutages<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (noteIfDatabaseUnavailable(error)) return unavailableJson();
      throw error;
    }
  };
}

/**
 * For Auth.js's own routes, which catch errors themselves: when the session check failed for want
 * of a database, Auth.js answers "no session" and clears the session cookie. A 503 instead keeps
 * the user signed in across the outage.
 */
export function keepingSessionsOverOutages<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const { value, failed } = await watchingDatabase(() => answeringOutages(handler)(...args));
    return failed ? unavailableJson() : value;
  };
}
